from ktxh.cli import main

main()
