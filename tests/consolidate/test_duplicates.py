import random

from datasketch import MinHashLSH

from sahelwatch.consolidate.duplicates import (
    SCHEME, DuplicateIndex, content_hash, find_duplicates, fingerprint, minhash_of, signature_of)
from sahelwatch.model import Document
from sahelwatch.pipeline import Context

STORY = ("Des hommes armés ont attaqué dans la nuit de samedi à dimanche le poste militaire de Boulkessi, "
         "dans la région de Mopti, a annoncé l'état-major général des armées. Selon un bilan provisoire, "
         "quinze soldats ont été tués et une dizaine blessés. Les assaillants, venus à moto, ont incendié "
         "plusieurs véhicules avant de se replier vers la frontière burkinabè. Des renforts ont été envoyés "
         "et une opération de ratissage est en cours, selon la même source, qui ne précise pas le bilan "
         "côté assaillants. L'attaque n'a pas été revendiquée dans l'immédiat.")


def run(ctx, ident, text):
    doc = Document(id=ident, origin=ident, text=text)
    return find_duplicates(fingerprint(doc, ctx), ctx)


def test_exact_duplicate_is_linked_despite_case_and_spacing(config):
    ctx = Context(config)
    assert run(ctx, "a", STORY).status == "ok"
    copy = run(ctx, "b", "  " + STORY.upper().replace(" ", "  "))
    assert (copy.status, copy.duplicate_of, copy.similarity) == ("duplicate", "a", 1.0)


def test_lightly_edited_copy_is_a_near_duplicate(config):
    ctx = Context(config)
    run(ctx, "a", STORY)
    edited = "Par notre correspondant à Mopti. " + STORY.replace("quinze soldats", "seize soldats")
    near = run(ctx, "b", edited)
    assert near.status == "near_duplicate" and near.duplicate_of == "a" and 0.8 <= near.similarity < 1


def test_a_different_story_on_the_same_place_is_not_a_duplicate(config):
    ctx = Context(config)
    run(ctx, "a", STORY)
    other = ("La campagne agricole s'annonce bonne dans la région de Mopti, où les pluies ont été abondantes. "
             "Les producteurs de riz de Boulkessi et des villages voisins espèrent une récolte record, "
             "selon la direction régionale de l'agriculture, qui prévoit aussi une hausse des prix du mil.")
    assert run(ctx, "b", other).status == "ok"


def test_index_reloads_stored_signatures(config):
    ctx = Context(config)
    original = fingerprint(Document(id="a", origin="a", text=STORY), ctx)
    index = DuplicateIndex(config.near_duplicate_threshold, config.minhash_permutations)
    index.add_stored("a", original.content_hash, original.minhash)
    assert index.exact(content_hash(STORY)) == "a"
    edited = fingerprint(Document(id="b", origin="b", text=STORY + " Fin."), ctx)
    assert index.nearest(signature_of(edited.minhash))[0] == "a"


def test_the_index_is_bounded_and_older_exact_copies_are_found_in_the_store(config):
    ctx = Context(config)
    stories = [STORY.replace("Boulkessi", town) for town in ("Boulkessi", "Mondoro", "Hombori")]
    signed = [fingerprint(Document(id=f"d{n}", origin="x", text=t), ctx) for n, t in enumerate(stories)]
    stored = {signed[0].content_hash: "d0"}
    index = DuplicateIndex(config.near_duplicate_threshold, config.minhash_permutations, capacity=2,
                           lookup=stored.get)
    for doc in signed:
        index.add_stored(doc.id, doc.content_hash, doc.minhash)
    assert len(index) == 2
    assert index.exact(signed[0].content_hash) == "d0"          # evicted, found through the store
    probe = signature_of(signed[0].minhash)
    assert index.nearest(probe)[0] in {"d1", "d2"}              # d0 is no longer a near-duplicate candidate


def test_the_index_finds_what_datasketch_minhash_lsh_finds(config):
    """Same candidates as MinHashLSH (same bands and rows), so the same near-duplicates, once the ring turns."""
    perms, threshold = config.minhash_permutations, config.near_duplicate_threshold
    words = STORY.split()
    rng = random.Random(7)
    swaps = ("Gao", "Kidal", "Ménaka", "hier", "mardi")
    texts = []
    for n in range(400):   # rewrites of one story, 0 to 19 % of its words changed: similarities on both sides
        texts.append(" ".join(w if rng.random() > (n % 20) / 100 else rng.choice(swaps) for w in words))
    signatures = [minhash_of(text, perms, config.shingle_words) for text in texts]
    index = DuplicateIndex(threshold, perms, capacity=150)
    lsh = MinHashLSH(threshold=threshold, num_perm=perms)
    found = 0
    for n, signature in enumerate(signatures):
        values = signature.hashvalues
        expected = None
        for candidate in lsh.query(signature):
            similarity = float((values == signatures[int(candidate)].hashvalues).mean())
            if similarity >= threshold and (expected is None or (similarity, expected[0]) > (expected[1], candidate)):
                expected = (candidate, similarity)
        assert index.nearest(values) == expected
        found += expected is not None
        index.add(str(n), content_hash(texts[n]), values)
        lsh.insert(str(n), signature)
        if n >= 150:
            lsh.remove(str(n - 150))
    assert len(index) == 150 and 50 < found < 350 and signatures[0].scheme == SCHEME
