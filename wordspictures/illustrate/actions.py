"""What each action looks like: the body's pose, where the hands are, what is held, the
furniture it needs, and how much room it takes in a row (pure data, no Pillow).

The actions are the account's (``vocabulary.ACTIONS``): a test checks that every one has
a pose here. None of them is harm: a drawing shows the place, the moment before or after,
and the helpers, never a blow, a weapon, an injury or a bottle in a hand.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pose:
    """How one action is drawn.

    ``body``: stand, walk, sit (on a chair or a step), lie (in a bed or on a sofa, under a
    blanket), kick, crouch (half hidden behind something), ride (in a car's window).
    ``arms``: down, phone, wave, hold (in front), eyes (at the eyes), hug (open wide),
    reach (to a door), ear (a hand cupped at the ear), table (on the table), stir (over a
    pan). ``holds``: a thing in the hands. ``furniture``: what stands with the person; a
    row of people with the same shared furniture (a table, a step, a car) gets one.
    ``extra``: drawn near the head (zzz, notes, speech). ``width``: room in a row, in the
    figure's own width; ``side``: extra room at the right, in adult heights.
    """

    body: str = "stand"
    arms: str = "down"
    holds: str | None = None
    furniture: str | None = None
    extra: str | None = None
    width: float = 1.0
    side: float = 0.0
    asleep: bool = False


POSES: dict[str, Pose] = {
    "stands": Pose(),
    "talks": Pose(extra="speech"),
    "waves": Pose(arms="wave"),
    "phones": Pose(arms="phone", holds="phone"),
    "cries": Pose(arms="eyes"),
    "hugs": Pose(arms="hug", width=0.62),
    "walks": Pose(body="walk"),
    "leaves": Pose(body="walk", holds="bag", side=0.12),
    "moves": Pose(arms="hold", holds="box", furniture="boxes", side=0.3),
    "reads": Pose(arms="hold", holds="book"),
    "draws": Pose(body="sit", arms="table", holds="paper", furniture="table"),
    "writes": Pose(body="sit", arms="table", holds="notebook", furniture="table"),
    "sits": Pose(body="sit", arms="table", furniture="table"),
    "eats": Pose(body="sit", arms="table", holds="plate", furniture="table"),
    "meets": Pose(body="sit", arms="table", holds="cup", furniture="table"),
    "cooks": Pose(arms="hold", holds="spoon", furniture="counter"),
    "lies": Pose(body="lie", furniture="bed", width=2.9),
    "sleeps": Pose(body="lie", furniture="bed", extra="zzz", width=2.9, asleep=True),
    "sleeps_on_sofa": Pose(body="lie", furniture="sofa", extra="zzz", width=2.9, asleep=True),
    "plays_football": Pose(body="kick", holds="ball", side=0.18),
    "plays": Pose(body="sit", arms="hold", holds="blocks", furniture="rug"),
    "drives": Pose(body="ride", arms="wheel", furniture="car", width=1.25),
    "listens": Pose(arms="ear", furniture="door", side=0.34),
    "rings": Pose(arms="reach", furniture="door", side=0.34),
    "hides": Pose(body="crouch", furniture="sofa_front", width=1.5),
    "sings": Pose(arms="hug", extra="notes"),
    "waits_on_stairs": Pose(body="sit", furniture="stairs"),
}
# Furniture a row of people share: one table for everyone sitting at it.
SHARED = frozenset({"table", "stairs", "car", "rug", "counter"})


def pose_of(action: str | None) -> Pose:
    """Return the pose of an action (standing, for one the drawings do not know)."""
    return POSES.get(action or "stands", POSES["stands"])
