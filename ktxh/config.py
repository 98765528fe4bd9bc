"""Settings: one pydantic class read from ``KTXH_*`` environment variables."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime settings.

    ``KTXH_DATABASE_URL`` picks the store (SQLite file in the current
    directory by default; ``postgresql+psycopg://user:pw@host/db`` for
    PostgreSQL); ``KTXH_MAX_FILE_MB`` caps the size of an ingested file.
    """

    model_config = SettingsConfigDict(env_prefix="KTXH_", extra="ignore")

    database_url: str = "sqlite:///ktxh.db"
    max_file_mb: float = 50.0
    secret_key: str | None = None  # KTXH_SECRET_KEY: signs web session cookies
    # KTXH_REFRESH_EVERY: seconds between the web refresher's polls when the app
    # is built without saying (``uvicorn --factory ktxh.web.app:create_app``); 0: none
    refresh_every: float = 0.0

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit ``overrides`` (None values ignored)."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
