"""The furniture people's actions need, placed from where they stand: a bed or a sofa
under whoever lies down, one table for everyone sitting at it, a step to sit on, a car
round whoever drives, a kitchen counter, a door, moving boxes (pure data, no Pillow)."""

from __future__ import annotations

from wordspictures.illustrate.actions import SHARED, pose_of
from wordspictures.illustrate.shapes import BED, FigureSpot, Prop

# Things that stand at a person's right, and how far from their middle (adult heights).
BESIDE = {"door": 0.3, "boxes": 0.3}


def furniture_for(figures: tuple[FigureSpot, ...] | list[FigureSpot]
                  ) -> tuple[list[Prop], list[Prop]]:
    """Return the furniture behind the people and in front of them."""
    back: list[Prop] = []
    front: list[Prop] = []
    for run in shared_runs(figures):
        kind = pose_of(run[0].action).furniture or ""
        left = min(f.x - f.adult * 0.22 for f in run)
        right = max(f.x + f.adult * 0.22 for f in run)
        adult = max(f.adult for f in run)
        ground = max(f.ground for f in run)
        prop = Prop(kind, (left + right) / 2, ground, adult, width=right - left + adult * 0.08)
        if kind == "table":
            front.append(Prop("table", prop.x, ground, adult, width=prop.width, front=True))
            front += [Prop(pose_of(f.action).holds or "cup", f.x, ground, f.adult, front=True)
                      for f in run if pose_of(f.action).holds]
        elif kind == "car":
            back.append(Prop("car_back", prop.x, ground, adult, width=prop.width))
            front.append(Prop("car_front", prop.x, ground, adult, width=prop.width,
                              front=True))
        else:
            back.append(prop)
    for spot in figures:
        own = pose_of(spot.action).furniture
        if own is None or own in SHARED:
            continue
        kind = own
        if kind in ("bed", "sofa"):
            back.append(Prop(kind, spot.x, spot.ground, spot.adult, width=BED * spot.adult))
            front.append(Prop("blanket", spot.x, spot.ground, spot.adult,
                              width=BED * spot.adult, front=True,
                              colour="sofa" if kind == "sofa" else None))
        elif kind == "sofa_front":
            front.append(Prop("sofa_front", spot.x, spot.ground, spot.height,
                              width=spot.adult * 0.62, front=True))
        else:
            x = spot.x + spot.head_radius * 1.7 + BESIDE.get(kind, 0.3) * spot.adult * 0.5
            back.append(Prop(kind, x, spot.ground, spot.adult))
    return back, front


def shared_runs(figures: tuple[FigureSpot, ...] | list[FigureSpot]) -> list[list[FigureSpot]]:
    """Return runs of people side by side on one ground who share furniture of one kind."""
    runs: list[list[FigureSpot]] = []
    for spot in sorted(figures, key=lambda f: (f.ground, f.x)):
        kind = pose_of(spot.action).furniture
        if kind not in SHARED:
            continue
        last = runs[-1] if runs else None
        if last and pose_of(last[-1].action).furniture == kind and last[-1].ground == spot.ground:
            last.append(spot)
        else:
            runs.append([spot])
    return runs
