import pytest

from sahelwatch.config import SETTINGS, load_config
from sahelwatch.errors import ConfigError


def test_defaults_come_from_the_package(tmp_path):
    config = load_config(env={"XDG_DATA_HOME": str(tmp_path)})
    assert config.max_document_bytes == 10_000_000
    assert config.data_path == tmp_path / "sahelwatch"
    assert config.db_url == f"sqlite:///{tmp_path / 'sahelwatch' / 'sahelwatch.db'}"


def test_file_then_environment_then_overrides(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "sahelwatch.toml").write_text("max_document_bytes = 5000\nmin_text_chars = 10\n")
    env = {"SAHELWATCH_MIN_TEXT_CHARS": "20", "SAHELWATCH_PIPELINE": "decode, check_text"}
    config = load_config(env=env, data_dir=str(data))
    assert (config.max_document_bytes, config.min_text_chars) == (5000, 20)
    assert config.pipeline == ["decode", "check_text"]
    assert load_config(env=env, data_dir=str(data), min_text_chars=30).min_text_chars == 30


def test_secrets_are_resolved_and_redacted(tmp_path, monkeypatch):
    monkeypatch.setenv("DB_URL", "postgresql://analyst:s3cret@db.internal/sahel")
    config_file = tmp_path / "c.toml"
    config_file.write_text('database_url = "$env:DB_URL"\n')
    config = load_config(config_file, env={})
    assert config.db_url == "postgresql://analyst:s3cret@db.internal/sahel"
    assert config.redacted()["database_url"] == "postgresql://***@db.internal/sahel"


@pytest.mark.parametrize("content, setting", [
    ("max_documents = 3\n", "max_documents"),
    ('max_document_bytes = "big"\n', "max_document_bytes"),
    ("not = [valid\n", "config"),
])
def test_bad_settings_are_named(tmp_path, content, setting):
    path = tmp_path / "c.toml"
    path.write_text(content)
    with pytest.raises(ConfigError) as info:
        load_config(path, env={})
    assert info.value.setting == setting


def test_bad_environment_value():
    with pytest.raises(ConfigError, match="min_text_chars"):
        load_config(env={"SAHELWATCH_MIN_TEXT_CHARS": "many"})


def test_every_setting_is_documented():
    assert all(s.help and s.help.endswith(".") for s in SETTINGS)
