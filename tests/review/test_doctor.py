"""The script doctor on real generated series: defects planted as plain text are found.

Each language gets a 12-episode series from the offline writer (``new`` + ``build``),
a dozen defects are planted in the words only (no events, no knows tags), and the
check stage is run as a build runs it: plan (payload from the files) then run.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from microdrama.cli import main
from microdrama.domain import Bible, Episode, Outline
from microdrama.domain.findings import Finding
from microdrama.domain.premise import Premise, PremisePerson
from microdrama.engine.context import BuildContext
from microdrama.formats.yamlio import dump_model, parse_yaml
from microdrama.project.folder import Project, episode_file, storyboard_file
from microdrama.review.continuity import replay
from microdrama.review.doctor import aliases, diagnose, series_context
from microdrama.review.lexicon import find, load_doctor_pack, normalise
from microdrama.stages.check import CheckStage

IDEAS = {
    "zh": "订婚宴上被当众泼酒的保姆之女，其实是被抱错的豪门真千金，她要夺回属于自己的一切。",
    "en": "Humiliated at her stepsister's engagement party, a maid's daughter turns out to be "
          "the real heiress switched at birth, and takes back everything that was hers.",
}

#: Plain text planted per language. {x} is a character's name.
TEXT = {
    "zh": {
        "dies": "{x}捂住胸口倒下，断了气。",
        "arrested": "{x}被警察带走，头也没回。",
        "walks_in": "{x}推门走了进来，笑着鼓掌。",
        "knows": "我早就知道了：{secret}",
        "calm_action": "两人相视一笑，灯光渐渐暗下来。",
        "closed_line": "一切都过去了，晚安。",
        "props": [("茶", "我的茶，您未必敢接。"), ("戒指", "这枚戒指，您最好还给我。"),
                  ("钥匙", "把钥匙交出来，别逼我。")],
        "finale_title": "大结局",
        "wedding": "司仪高声宣布婚礼开始，宾客纷纷起立。",
        "chef": "主厨亲自端上一道菜，笑着叫出她的名字。",
        "premise": Premise(protagonist=PremisePerson(name="", occupation="外卖员"),
                           hidden_truth="失传的神医医术", places=["城中村"], image="泼汤"),
    },
    "en": {
        "dies": "{x} clutches at the table and dies.",
        "arrested": "{x} is led away in handcuffs.",
        "walks_in": "{x} walks in, clapping slowly.",
        "knows": "I know it already. {secret}",
        "calm_action": "They share a quiet smile as the lights go down.",
        "closed_line": "It's over now. Good night.",
        "props": [("tea", "My tea is not for you to take."),
                  ("ring", "Give me back the ring, now."),
                  ("locket", "That locket belongs to me.")],
        "finale_title": "The Grand Finale",
        "wedding": "The officiant asks the guests to rise for the wedding.",
        "chef": "The chef serves her dinner himself and greets her by name.",
        "premise": Premise(protagonist=PremisePerson(name="", occupation="courier"),
                           hidden_truth="a lost healer's gift", places=["the night market"],
                           image="a bowl of soup thrown"),
    },
}


def run(*argv: str) -> None:
    assert main(list(argv)) == 0, argv


@pytest.fixture(scope="module", params=["zh", "en"])
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp(request.param) / "series"
    run("new", str(root), "--idea", IDEAS[request.param], "--lang", request.param,
        "--episodes", "12")
    run("build", str(root), "--until", "storyboard")
    return root


@dataclass
class Series:
    root: Path
    bible: Bible
    outline: Outline
    episodes: list[Episode]

    @classmethod
    def load(cls, root: Path) -> Series:
        project = Project.open(root)
        bible = project.load_bible()
        assert bible is not None
        outline = project.load_outline(bible)
        assert outline is not None
        episodes = [project.load_episode(p.number, bible) for p in outline.plan]
        assert all(e is not None for e in episodes)
        return cls(root, bible, outline, episodes)  # type: ignore[arg-type]

    def save(self) -> None:
        (self.root / "series.yaml").write_text(dump_model(self.bible), "utf-8")
        for episode in self.episodes:
            path = self.root / episode_file(episode.number)
            path.write_text(dump_model(episode), "utf-8")

    def name(self, ident: str) -> str:
        character = self.bible.character(ident)
        assert character is not None
        return character.name


def review(root: Path) -> list[Finding]:
    """What the check stage writes for every episode, planned from the files on disk."""
    ctx = BuildContext(Project.open(root))
    stage = CheckStage()
    findings: list[Finding] = []
    for item in stage.items(ctx):
        produced = stage.run(stage.plan(ctx, item))
        report = json.loads(produced.blobs["findings"])
        findings += [Finding.model_validate(f) for f in report["findings"]]
    return findings


def later_line(series: Series, who: str, after: str) -> str | None:
    """Id of the first line ``who`` speaks in a beat after beat ``after``."""
    seen = False
    for episode in series.episodes:
        for beat in episode.beats():
            if seen:
                line = next((x for x in beat.lines if x.speaker == who), None)
                if line:
                    return line.id
            seen = seen or beat.id == after
    return None


def plant(series: Series) -> dict[str, tuple[str, set[str]]]:
    """Plant twelve defects as plain text; return name → (target id, accepted rules)."""
    lang, eps = series.bible.language, series.episodes
    text = TEXT[lang]
    planted: dict[str, tuple[str, set[str]]] = {}
    cast = [c.id for c in series.bible.characters if c.role != "lead"]

    # 1. A character dies in an action (ep10) and later speaks.
    dying_beat = eps[9].beats()[0]
    dead = next(c for c in cast if later_line(series, c, dying_beat.id)
                and c not in {x.speaker for x in dying_beat.lines})
    dying_beat.action += text["dies"].format(x=series.name(dead))
    planted["dies-then-speaks"] = (later_line(series, dead, dying_beat.id) or "",
                                   {"doctor.departed-speaks"})

    # 2. Another is led away (ep9) and later walks into an action.
    gone_beat, back_beat = eps[8].beats()[0], eps[8].beats()[2]
    arrested = next(c for c in cast if c != dead
                    and c not in {x.speaker for x in gone_beat.lines})
    gone_beat.action += text["arrested"].format(x=series.name(arrested))
    back_beat.action = text["walks_in"].format(x=series.name(arrested)) + back_beat.action
    planted["led-away-then-acts"] = (back_beat.id, {"doctor.departed-acts"})

    # 3. Someone who does not know the secret states it (ep3).
    ledger, _ = replay(eps[:2])
    identity = ledger.facts["identity"]
    line = next(x for x in eps[2].lines() if x.speaker not in identity.known_by)
    line.text = text["knows"].format(secret=series.bible.secret)
    planted["knows-early"] = (line.id, {"doctor.knows-early"})

    # 4. Episode 4's cliffhanger beat is removed.
    last_scene = eps[3].scenes[-1]
    assert len(last_scene.beats) > 1
    last_scene.beats.pop()
    planted["cliffhanger-removed"] = (last_scene.beats[-1].id,
                                      {"doctor.ending-flat", "craft.ending"})

    # 5. Episode 5 ends resolved.
    closing = eps[4].beats()[-1]
    closing.action = text["calm_action"]
    closing.lines[-1].text = text["closed_line"]
    planted["ending-closed"] = (closing.lines[-1].id, {"doctor.ending-closed"})

    # 6. A prop no one has shown (ep2).
    shown = " ".join([*(b.action for e in eps for b in e.beats()),
                      *(x.text for e in eps[:2] for x in e.lines()),
                      *(loc.description for loc in series.bible.locations)])
    word, said = next(p for p in text["props"] if find(shown, p[0], lang) < 0)
    line = eps[1].scenes[0].beats[0].lines[0]
    line.text = said
    planted["prop-not-set-up"] = (line.id, {"doctor.not-set-up"})

    # 7. A line of episode 2 said again in episode 6.
    minimum = load_doctor_pack(lang).repeat.min_length
    source = next(x for x in eps[1].lines()[1:] if len(normalise(x.text)) >= minimum)
    said = [normalise(x.text) for e in eps for x in e.lines()]
    line = next(x for x in eps[5].lines() if said.count(normalise(x.text)) == 1)
    line.text = source.text
    planted["repeated-line"] = (line.id, {"doctor.repeated-line"})

    # 8. A finale title on episode 3.
    eps[2].title = text["finale_title"]
    planted["title-position"] = (eps[2].id, {"doctor.title-position"})

    # 9. A wedding in the car (or the chef in the hospital) in episode 7.
    kinds = {loc.kind: loc.id for loc in series.bible.locations}
    scene = eps[6].scenes[0]
    if "car" in kinds:
        scene.location, scene.beats[1].action = kinds["car"], text["wedding"]
    else:
        scene.location, scene.beats[1].action = kinds["hospital"], text["chef"]
    planted["misplaced"] = (scene.beats[1].id, {"doctor.misplaced"})

    # 10. A reveal in free episode 2.
    paywall = series.outline.monetization.paywall_episode
    assert paywall and paywall > 2
    beat = next(b for b in eps[1].beats() if b.kind == "reversal")
    beat.kind = "reveal"
    planted["reveal-free"] = (beat.id, {"doctor.reveal-free"})

    # 11. The premise now names nouns the opening episodes never use.
    series.bible.premise = text["premise"]
    planted["premise-drift"] = (eps[0].id, {"doctor.premise-drift"})

    # 12. A line cut from episode 8's script after its storyboard was made.
    beat = next(b for b in eps[7].beats() if len(b.lines) > 1)
    cut = beat.lines.pop()
    board = parse_yaml((series.root / storyboard_file(8)).read_text("utf-8"), "ep008")
    shot = next(s["id"] for s in board["shots"] if cut.id in s.get("lines", []))
    planted["storyboard-stale"] = (shot, {"doctor.storyboard-stale"})
    return planted


@pytest.fixture(scope="module")
def clean(generated: Path) -> list[Finding]:
    return review(generated)


def test_a_clean_generated_series_has_no_error(clean: list[Finding]) -> None:
    errors = [f"{f.target} {f.rule}: {f.message}" for f in clean if f.severity == "error"]
    assert errors == [], "\n".join(errors)
    assert sum(f.severity == "warning" for f in clean) <= 12 * 12


def test_defects_planted_as_plain_text_are_found(generated: Path, clean: list[Finding],
                                                 tmp_path: Path) -> None:
    root = tmp_path / "planted"
    shutil.copytree(generated, root)
    series = Series.load(root)

    def tags() -> set[str]:
        return {f"{b.id} {b.events} {x.id} {x.knows}"
                for e in series.episodes for b in e.beats() for x in b.lines}

    untouched = tags()
    planted = plant(series)
    assert tags() <= untouched  # the plants are words only: no tag was added
    series.save()
    findings = review(root)
    before = {(f.rule, f.target) for f in clean}
    found = {name for name, (target, rules) in planted.items()
             if any(f.target == target and f.rule in rules and (f.rule, f.target) not in before
                    for f in findings)}
    missed = sorted(set(planted) - found)
    print(f"{series.bible.language}: found {len(found)}/{len(planted)}; missed {missed}")
    assert len(planted) == 12
    assert len(found) >= 10, f"missed {missed}"
    for finding in findings:
        assert finding.fix, finding
        assert finding.target.startswith("ep"), finding
    severities = {f.rule: f.severity for f in findings}
    for rule in ("doctor.departed-speaks", "doctor.knows-early", "doctor.ending-closed"):
        assert severities.get(rule) == "error", rule


def test_a_death_in_the_action_silences_the_character(generated: Path) -> None:
    series = Series.load(generated)
    lang, eps = series.bible.language, series.episodes
    beat = eps[0].beats()[1]
    who = next(c.id for c in series.bible.characters if later_line(series, c.id, beat.id)
               and c.id not in {x.speaker for x in beat.lines})
    base = series_context(series.bible, series.outline, eps[1], [eps[0]])
    assert who not in base.departed
    beat.action = TEXT[lang]["dies"].format(x=series.name(who))
    gone = series_context(series.bible, series.outline, eps[1], [eps[0]])
    assert gone.departed == {who: beat.id}
    # a near miss is not a death, a memory is not an appearance
    beat.action = ("{x}差点断了气。" if lang == "zh" else "{x} almost dies.").format(
        x=series.name(who))
    assert who not in series_context(series.bible, series.outline, eps[1], [eps[0]]).departed


def test_names_resolve_to_unambiguous_aliases(generated: Path) -> None:
    series = Series.load(generated)
    names = aliases(series.bible)
    assert set(names) == {c.id for c in series.bible.characters}
    for ident, written in names.items():
        assert written[0] == series.name(ident)
        for other, theirs in names.items():
            if other != ident and len(written) > 1:
                assert written[1] not in theirs[0]


def test_every_doctor_pack_validates_and_names_its_source() -> None:
    for language in ("zh", "en"):
        pack = load_doctor_pack(language)
        assert pack.language == language and pack.source
        assert set(pack.misplaced) == set(Bible.model_fields["locations"].annotation.__args__[0]  # type: ignore[union-attr]
                                          .model_fields["kind"].annotation.__args__)


def test_a_recap_or_a_memory_of_the_departed_is_not_an_appearance(generated: Path) -> None:
    series = Series.load(generated)
    lang, eps = series.bible.language, series.episodes
    ledger, _ = replay(eps[:1])
    beat = eps[1].beats()[0]
    who = next(c.id for c in series.bible.characters if c.role != "lead")
    name = series.name(who)
    context = series_context(series.bible, series.outline, eps[1], eps[:1])
    context.departed[who] = eps[0].beats()[-1].id
    acts = ("{x}推门走了进来。" if lang == "zh" else "{x} walks in.").format(x=name)
    for action, expected in ((acts, 1),
                             (("（接上集）" if lang == "zh" else "(Previously) ") + acts, 0),
                             (("林间，{x}的照片被风吹落。" if lang == "zh"
                               else "A photo of {x} falls.").format(x=name), 0)):
        beat.action = action
        rules = [f.rule for f in diagnose(eps[1], context.model_copy(deep=True), ledger)
                 if f.target == beat.id]
        assert rules.count("doctor.departed-acts") == expected, action


def test_an_antagonist_the_idea_names_only_by_kin_is_one_of_its_terms() -> None:
    # 丈夫和闺蜜… names no job or name: an early episode that says 丈夫 keeps to the idea.
    from microdrama.review.doctor import _premise_terms

    premise = Premise(protagonist=PremisePerson(gender="female"), image="勾结",
                      antagonists=[PremisePerson(gender="male", hold="丈夫"),
                                   PremisePerson(gender="female", hold="闺蜜")])
    assert _premise_terms(premise) == ["勾结", "丈夫", "闺蜜"]
    premise.antagonists = [PremisePerson(occupation="stepmother", hold="stepmother")]
    assert _premise_terms(premise) == ["stepmother", "勾结"]


@pytest.mark.parametrize("language,idea", [
    ("en", "A Navy SEAL comes home to find his little sister bullied by the mayor's son."),
    ("zh", "快递小哥救了落水的总裁千金，却被她的未婚夫诬陷"),
    ("en", "A Yale-bound valedictorian is framed for cheating by her jealous best friend."),
])
def test_ideas_of_the_survey_write_series_the_doctor_finds_no_error_in(
        language: str, idea: str, tmp_path: Path) -> None:
    # Errors the doctor found in series it should not have:
    # - knows-early: the assumed secret ("Dominic, a Navy SEAL no one looks at twice, kept
    #   the proof…") describes the lead by the job the idea says openly, and a rival saying
    #   "Navy SEAL" stated the secret (10 of 64 surveyed ideas);
    # - departed-speaks: "Tessa holds up a hand. … The applause dies." had Tessa die.
    root = tmp_path / "series"
    run("new", str(root), "--idea", idea, "--lang", language, "--episodes", "3")
    run("build", str(root), "--until", "storyboard")
    errors = [f"{f.rule}: {f.message}" for f in review(root) if f.severity == "error"]
    assert errors == []


def test_a_contract_marriage_is_a_bond_not_a_paper_to_set_up() -> None:
    for language, bond, paper in (("zh", "敢动契约婚姻，别怪我翻脸。", "把这份契约签了。"),
                                  ("en", "Our contract marriage ends tonight.",
                                   "Sign the contract.")):
        contract = next(i for kind, i in load_doctor_pack(language).setup.items()
                        if i.name == "contract")
        assert contract.mentioned(bond, language) is None
        assert contract.mentioned(paper, language) is not None
