import pytest

from sahelwatch.errors import UnknownName
from sahelwatch.model import Document
from sahelwatch.pipeline import Context, Pipeline, PipelineError, registered_steps

ARTICLE = ("Des hommes armés ont attaqué dimanche le poste militaire de Boulkessi, dans la région de Mopti, "
           "a annoncé l'armée malienne, qui fait état de quinze soldats tués.")


def test_every_step_is_documented_and_declares_its_fields():
    steps = registered_steps()
    assert {"decode", "extract_article", "check_text", "identify_language", "fingerprint",
            "find_duplicates"} <= set(steps)
    for item in steps.values():
        assert item.help, f"step {item.name} has no docstring"
        assert isinstance(item.reads, tuple) and isinstance(item.writes, tuple)


def test_default_pipeline_on_a_text_document(config):
    pipeline = Pipeline.from_config(Context(config))
    doc = pipeline(Document(id="a", origin="a.txt", raw=ARTICLE.encode("cp1252"), media_type="text/plain"))
    assert (doc.status, doc.lang, doc.raw) == ("ok", "fr", None)
    assert doc.text == ARTICLE and doc.content_hash and doc.minhash


def test_rejection_stops_the_pipeline_and_keeps_the_reason(config):
    pipeline = Pipeline.from_config(Context(config))
    doc = pipeline(Document(id="a", origin="a.txt", raw=b"\x00\x01\x02" * 100))
    assert (doc.status, doc.reject_reason, doc.content_hash) == ("rejected", "binary", None)


def test_unknown_step_lists_the_known_ones(config):
    with pytest.raises(UnknownName) as info:
        Pipeline(["decode", "translate"], Context(config))
    assert "translate" in str(info.value) and "identify_language" in str(info.value)


def test_steps_must_come_after_what_they_read(config):
    with pytest.raises(PipelineError) as info:
        Pipeline(["find_duplicates", "fingerprint"], Context(config))
    assert info.value.step == "find_duplicates" and info.value.field == "content_hash"
