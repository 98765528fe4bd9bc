from ktxh.web.security import (
    SessionSigner,
    csrf_ok,
    hash_password,
    new_api_token,
    token_digest,
    verify_password,
)


def test_password_hash_round_trip():
    stored = hash_password("mật khẩu 123")
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "mật khẩu 123")
    assert not verify_password(stored, "mat khau 123")
    assert not verify_password("not a hash", "x")


def test_session_cookie_signed_and_tamper_proof():
    signer = SessionSigner("secret")
    cookie, session = signer.dump(7)
    assert signer.load(cookie) == session
    assert signer.load(cookie[:-2] + "xx") is None
    assert SessionSigner("other").load(cookie) is None
    assert signer.load(None) is None


def test_csrf_token_must_match_the_session():
    _, session = SessionSigner("s").dump(1)
    assert csrf_ok(session, session.csrf)
    assert not csrf_ok(session, "forged")
    assert not csrf_ok(None, session.csrf)
    assert not csrf_ok(session, None)


def test_api_tokens_are_random_and_stored_as_digests():
    a, b = new_api_token(), new_api_token()
    assert a != b and a.startswith("ktxh_")
    assert len(token_digest(a)) == 64 and token_digest(a) != token_digest(b)
