"""The offline writer's outline: money plan, arcs (a scheme each), one plan per episode."""

from __future__ import annotations

import random

from microdrama.domain import Arc, EpisodePlan, Location, Monetization, Outline
from microdrama.packs import BUILTIN, Packs
from microdrama.providers.base import OutlineRequest
from microdrama.providers.offline.writer.banks.schema import Scheme
from microdrama.providers.offline.writer.cast import fill
from microdrama.providers.offline.writer.frame import load_writing
from microdrama.providers.offline.writer.payoffs import Ending, answer, played_variant
from microdrama.providers.offline.writer.premise import wrong_pronoun
from microdrama.providers.offline.writer.premise_pack import has_word
from microdrama.providers.offline.writer.story import (
    Blueprint,
    Moment,
    Series,
    action_text,
    blueprint,
    deal,
    rng_for,
    slot_fills,
)
from microdrama.review.craft import Craft, load_craft
from microdrama.review.doctor import misplaced_word, title_misfit


def plan_money(n: int, craft: Craft, rng: random.Random) -> tuple[Monetization, int]:
    """The money plan and the episode of the identity reveal (the paywall episode)."""
    low, high = craft.paywall_range
    if n >= 2 * low:
        paywall: int | None = min(high, max(low, round(n / 8)))
    elif n >= 3:
        paywall = n // 2 + 1
    else:
        paywall = None
    reveal = paywall or n  # the paywall episode ends on the reveal: it is what a viewer pays for
    checkpoints = [c for c in craft.unlock_checkpoints if paywall and paywall < c <= n]
    ads = [e for e in range((paywall or n) + 1, n + 1) if e not in checkpoints and e % 3 == 0]
    coins_low, coins_high = craft.coins_per_episode
    money = Monetization(
        model="hybrid", free_episodes=(paywall - 1) if paywall else n, paywall_episode=paywall,
        unlock_checkpoints=checkpoints, ad_breaks=ads,
        coins_per_episode=rng.randrange(coins_low, coins_high + 1, 10),
        source=craft.source,
    )
    return money, reveal


def plan_arcs(series: Series, n: int, craft: Craft) -> list[Arc]:
    """Blocks of about ``twist_every`` episodes, each around one scheme."""
    size = craft.twist_every
    bounds = []
    first = 1
    while first <= n:
        last = min(n, first + size - 1)
        if n - last < size // 2:  # a short tail joins the last arc
            last = n
        bounds.append((first, last))
        first = last + 1
    by_id = {s.id: s for s in series.bank.schemes}
    castable = {s.id: who for s in series.bank.schemes if (who := cast_schemer(series, s))}
    own = {key: who for key, who in castable.items() if fits_lead(series, by_id[key])}
    castable = own or castable  # a lead no scheme is made for: any scheme
    schemes = deal(list(castable), series.seed, "schemes")
    arcs = []
    for index, (first, last) in enumerate(bounds):
        scheme = by_id[schemes[index % len(schemes)]]
        schemer = castable[scheme.id]
        arc = Arc(id=f"arc{index + 1:02d}", title="", first=first, last=last, summary="",
                  scheme=scheme.id, schemer=schemer)
        moment = Moment(first, arc, True, False, False, False, False)
        fills = slot_fills(series, moment, "")
        arc.title = fill(rng_for(series.seed, arc.id, "title").choice(scheme.title), fills)
        arc.summary = fill(scheme.summary, fills)
        arcs.append(arc)
    return arcs


def fits_lead(series: Series, scheme: Scheme) -> bool:
    """True unless ``scheme`` is made for one kind of work (``leads``: a design to steal)
    that the lead's job, secret and description do not say — a nurse is not framed for
    stealing a design."""
    if not scheme.leads:
        return True
    bible = series.bible
    lead = bible.by_role("lead") or bible.characters[0]
    job = bible.premise.protagonist.occupation if bible.premise else ""
    text = " ".join(filter(None, [job, bible.secret, lead.description]))
    return any(has_word(text, word, bible.language) for word in scheme.leads)


def cast_schemer(series: Series, scheme: Scheme) -> str | None:
    """The character who runs ``scheme``: its preferred role if the genders fit, else
    another antagonist who fits; None when nobody in this cast can."""
    cast = {c.id: c for c in series.bible.characters}
    love = cast.get(series.role_ids["love"])
    wanted_love = scheme.genders.get("love")
    if wanted_love and love is not None and love.gender != wanted_love:
        return None
    wanted = scheme.genders.get("schemer")
    for role in dict.fromkeys([scheme.schemer, "rival", "elder", "wildcard"]):
        who = cast.get(series.role_ids[role])
        if who is not None and (wanted is None or who.gender == wanted):
            return who.id
    return None


def make_outline(request: OutlineRequest, packs: Packs = BUILTIN) -> Outline:
    """The outline: arcs, money plan and one plan entry per episode (craft rules from
    ``packs``)."""
    series = Series.of(request.bible, request.seed)
    craft = load_craft(request.bible.language, packs)
    n = request.episodes
    money, reveal = plan_money(n, craft, rng_for(request.seed, "money"))
    arcs = plan_arcs(series, n, craft)
    titles = deal(series.bank.episode_titles, series.seed, "titles")
    writing = load_writing(request.bible.language)
    previous_end = ""
    ending: Ending | None = None  # the cliffhanger the episode before ended on
    locations = [loc.id for loc in request.bible.locations]
    lead = request.bible.by_role("lead") or request.bible.characters[0]
    lead_gender = lead.gender
    plan = []
    for number in range(1, n + 1):
        arc = next(a for a in arcs if a.first <= number <= a.last)
        moment = Moment(number, arc, number == arc.first, number == arc.last, number == n,
                        number == reveal, number > reveal)
        found = answer(series, moment, ending)  # the episode opens on its pay-off
        blue = blueprint(series, moment, found.move if found else None)
        kind, last = blue.ending()
        ending = Ending(last, played_variant(series, last)) if kind == "cliffhanger" else None
        names = {loc.id: loc.name for loc in request.bible.locations}
        places = fit_places(series, moment, blue, pick_places(locations, series.seed, number),
                            request.bible.locations)
        hook = action_text(series, moment, blue.first[0][1], names[places[0]])
        if previous_end:  # each episode opens on the last one's cliffhanger
            hook = writing.recap.format(cliffhanger=previous_end) + " " + hook
        turn = action_text(series, moment, blue.reversal()[1], names[places[0]])
        end = action_text(series, moment, blue.ending()[1], names[places[1]])
        fills = slot_fills(series, moment, names[places[0]])
        title = fit_title(titles, number, n, arcs[-1].first, fills, request.bible.language,
                          lead_gender)
        plan.append(EpisodePlan(
            number=number, title=title, target_seconds=request.episode_seconds, arc=arc.id,
            summary=f"{arc.title}: {turn}" if request.bible.language == "en" else f"{arc.title}：{turn}",
            hook=hook, reversal=turn, cliffhanger=end,
            twist=blue.twist is not None, reveal=moment.reveal_now,
            paywall=number == money.paywall_episode, ad_break=number in money.ad_breaks,
            locations=places,
        ))
        previous_end = end
    return Outline(arcs=arcs, plan=plan, monetization=money)


def fit_title(titles: list[str], number: int, total: int, last_arc_first: int,
              fills: dict[str, str], language: str, lead_gender: str) -> str:
    """The episode's title from the deal: its own, or the next one that fits its place in
    the series (no 大结局 on episode 4, no opening words at the end) and its lead (no 她回来了
    for a man)."""
    for step in range(len(titles)):
        title = fill(titles[(number - 1 + step) % len(titles)], fills)
        if title_misfit(title, number, total, last_arc_first, language) is None and \
                wrong_pronoun(title, lead_gender, language) is None:
            return title
    return fill(titles[(number - 1) % len(titles)], fills)


def fit_places(series: Series, moment: Moment, blue: Blueprint, places: list[str],
               locations: list[Location]) -> list[str]:
    """The episode's two places, each moved (if it must) to one where its scene's actions
    happen: no wedding in a car, no boardroom table in an emergency room. The pilot keeps
    its first place (the idea's)."""
    kinds = {loc.id: loc.kind for loc in locations}
    names = {loc.id: loc.name for loc in locations}
    fitted = list(places)
    for index, part in enumerate((blue.first, blue.second)):
        if index == 0 and moment.number == 1:
            continue
        others = [fitted[index], *(loc for loc in kinds if loc != fitted[index])]
        for place in others:
            actions = [action_text(series, moment, move, names[place]) for _, move in part]
            if not any(misplaced_word(a, kinds[place], series.bible.language) for a in actions):
                fitted[index] = place
                break
    return fitted


def pick_places(locations: list[str], seed: int | str, number: int) -> list[str]:
    """Two locations for an episode; the home base (first) comes up most often."""
    rng = rng_for(seed, number, "places")
    first = locations[0] if number == 1 or rng.random() < 0.45 else rng.choice(locations)
    second = rng.choice([loc for loc in locations if loc != first] or [first])
    return [first, second]
