"""Deterministic abstract illustrations for the demo content.

Everything is drawn with Pillow primitives; no files, fonts or network access
are needed. Each ``scene`` has its own composition and a handful of palettes,
and the ``seed`` picks the palette and jitters shapes so that every article
gets a distinct but reproducible picture.

The picture is drawn at half resolution and then scaled up, which keeps
generation well under 100 ms for a 1600x900 JPEG and gives soft, painterly
edges.
"""

from __future__ import annotations

import colorsys
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

SCENES = (
    "skyline",
    "harbour",
    "stadium",
    "laboratory",
    "parliament",
    "market",
    "mountains",
    "chart",
    "portrait",
    "field",
)

Colour = tuple[int, int, int]

# Each palette: (sky top, sky bottom, accent, dark, light)
PALETTES: dict[str, list[tuple[str, str, str, str, str]]] = {
    "skyline": [
        ("#1b2a4a", "#f08a4b", "#ffd27a", "#141a2b", "#3b4a6b"),
        ("#0f1c3f", "#6a5acd", "#ffb86b", "#0b1024", "#2c3561"),
        ("#24344d", "#e86f68", "#ffe29a", "#1a2233", "#46506a"),
        ("#0d2b36", "#4fb3bf", "#f7e08a", "#0a1a20", "#28505c"),
    ],
    "harbour": [
        ("#8ec5e8", "#f6e3c0", "#d9473c", "#1f3b57", "#2f6f9a"),
        ("#2d3f6b", "#f29e6d", "#ffd36e", "#1a2540", "#3b5f8f"),
        ("#a9c9d8", "#e9eef0", "#e07a2f", "#24404f", "#4d8aa6"),
    ],
    "stadium": [
        ("#0a1230", "#243b7a", "#fff4c2", "#111827", "#2e7d32"),
        ("#151028", "#4b2a6b", "#ffe08a", "#0e0b1a", "#388e3c"),
        ("#0b2233", "#1f5f7a", "#f5f5dc", "#0a1620", "#43a047"),
    ],
    "laboratory": [
        ("#e8f1f5", "#c9dde8", "#2bb3a3", "#24455c", "#ffffff"),
        ("#f3eefb", "#d8cdef", "#7b61ff", "#2f2a4d", "#ffffff"),
        ("#eef6ee", "#cfe3d0", "#e0704f", "#27433a", "#ffffff"),
    ],
    "parliament": [
        ("#9cc3e6", "#f3ead7", "#c0392b", "#5b5147", "#efe6d2"),
        ("#3a4a78", "#e9a66b", "#f2c14e", "#3b342e", "#e3d4b8"),
        ("#b7c9d9", "#eceff1", "#2e5e8c", "#4a4e57", "#f5f1e6"),
    ],
    "market": [
        ("#ffe8c7", "#fbd1a2", "#e4572e", "#4a3b2a", "#17bebb"),
        ("#f7f3e3", "#e9d8a6", "#ee9b00", "#3d2c1e", "#0a9396"),
        ("#fde2e4", "#f9c6c9", "#d62246", "#3a2d32", "#4f9d69"),
    ],
    "mountains": [
        ("#5d8bc4", "#f5d7b5", "#ffffff", "#1e3048", "#7fa3c9"),
        ("#2c2a4a", "#f28c6a", "#fff1d6", "#1b1a30", "#6d5b8c"),
        ("#7fb3d5", "#e8f4f8", "#ffffff", "#22404f", "#8fb9a8"),
    ],
    "chart": [
        ("#0f1b2d", "#16263d", "#3ddc97", "#2b3d57", "#ff6b6b"),
        ("#f4f6f8", "#e6ebf0", "#1f77b4", "#c5ced8", "#ff7f0e"),
        ("#1d1b2f", "#2a2745", "#f9c74f", "#3d3960", "#90be6d"),
    ],
    "portrait": [
        ("#d9c8b4", "#8c7a6b", "#f2a65a", "#2b2522", "#f4e9dc"),
        ("#b8c6d9", "#55667d", "#e0b1cb", "#1f2633", "#e8edf3"),
        ("#cfd8c3", "#6f7f62", "#f6bd60", "#232a1f", "#eef2e6"),
    ],
    "field": [
        ("#86b6e0", "#f4efd8", "#f2c14e", "#3f6b35", "#8bbf5a"),
        ("#f6a96b", "#fde4b8", "#fff3b0", "#5b4a2b", "#c9a227"),
        ("#9ec9e2", "#eef5e9", "#ffffff", "#2f5d3a", "#6fa85b"),
    ],
}


def _hex(value: str) -> Colour:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def _jitter(
    colour: Colour, rng: random.Random, hue: float = 0.03, light: float = 0.06
) -> Colour:
    r, g, b = (c / 255 for c in colour)
    h, lum, sat = colorsys.rgb_to_hls(r, g, b)
    h = (h + rng.uniform(-hue, hue)) % 1.0
    lum = min(1.0, max(0.0, lum + rng.uniform(-light, light)))
    r, g, b = colorsys.hls_to_rgb(h, lum, sat)
    return (round(r * 255), round(g * 255), round(b * 255))


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    t = min(1.0, max(0.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _vertical_gradient(
    width: int, height: int, top: Colour, bottom: Colour
) -> Image.Image:
    """A top-to-bottom gradient built from a 1-pixel-wide strip."""
    strip = Image.new("RGB", (1, height))
    pixels = strip.load()
    for y in range(height):
        pixels[0, y] = _mix(top, bottom, y / max(1, height - 1))
    return strip.resize((width, height), Image.Resampling.NEAREST)


def _glow(
    img: Image.Image,
    centre: tuple[float, float],
    radius: float,
    colour: Colour,
    strength: int = 120,
) -> None:
    """Paint a soft radial glow onto ``img`` in place."""
    layer = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(layer)
    cx, cy = centre
    steps = 8
    for i in range(steps, 0, -1):
        r = radius * i / steps
        alpha = int(strength * (1 - i / (steps + 1)))
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=alpha)
    layer = layer.filter(ImageFilter.GaussianBlur(radius / 6))
    img.paste(Image.new("RGB", img.size, colour), (0, 0), layer)


# --------------------------------------------------------------------------- scenes


def _skyline(img, d, rng, pal, w, h):
    top, bottom, accent, dark, light = pal
    horizon = h * rng.uniform(0.62, 0.72)
    sun_x = w * rng.uniform(0.2, 0.8)
    _glow(img, (sun_x, horizon - h * 0.08), h * 0.35, accent, 150)
    d = ImageDraw.Draw(img)
    r = h * 0.07
    d.ellipse(
        (sun_x - r, horizon - h * 0.08 - r, sun_x + r, horizon - h * 0.08 + r),
        fill=accent,
    )
    layers = 3
    for layer in range(layers):
        t = layer / (layers - 1)
        colour = _mix(_mix(light, bottom, 0.5), dark, t)
        x = -rng.uniform(0, w * 0.05)
        base = horizon + h * 0.06 * layer
        while x < w:
            bw = w * rng.uniform(0.035, 0.08) * (1 + 0.3 * layer)
            bh = h * rng.uniform(0.12, 0.42) * (1 - 0.15 * layer)
            d.rectangle((x, base - bh, x + bw, h), fill=colour)
            if rng.random() < 0.25:
                d.polygon(
                    [
                        (x, base - bh),
                        (x + bw / 2, base - bh - h * 0.05),
                        (x + bw, base - bh),
                    ],
                    fill=colour,
                )
            if rng.random() < 0.15:
                mx = x + bw * 0.5
                d.line((mx, base - bh, mx, base - bh - h * 0.08), fill=colour, width=2)
            if layer == layers - 1:
                win = _mix(accent, (255, 255, 255), 0.2)
                for wy in range(int(base - bh + 6), int(h - 4), 9):
                    for wx in range(int(x + 4), int(x + bw - 4), 7):
                        if rng.random() < 0.28:
                            d.rectangle((wx, wy, wx + 2, wy + 3), fill=win)
            x += bw + rng.uniform(0, w * 0.01)


def _harbour(img, d, rng, pal, w, h):
    top, bottom, accent, dark, light = pal
    horizon = h * rng.uniform(0.5, 0.6)
    sun_x = w * rng.uniform(0.15, 0.85)
    _glow(
        img,
        (sun_x, horizon - h * 0.1),
        h * 0.25,
        _mix(bottom, (255, 255, 255), 0.5),
        110,
    )
    d = ImageDraw.Draw(img)
    # Distant hills.
    pts = [(0, horizon)]
    for i in range(9):
        pts.append((w * i / 8, horizon - h * rng.uniform(0.03, 0.12)))
    pts.append((w, horizon))
    d.polygon(pts, fill=_mix(light, bottom, 0.45))
    # Sea.
    sea = _vertical_gradient(w, int(h - horizon) + 1, light, dark)
    img.paste(sea, (0, int(horizon)))
    d = ImageDraw.Draw(img)
    for _ in range(60):
        y = rng.uniform(horizon + 4, h)
        x = rng.uniform(0, w)
        length = rng.uniform(10, 40) * (y - horizon) / (h - horizon) + 6
        d.line((x, y, x + length, y), fill=_mix(light, (255, 255, 255), 0.35), width=1)
    # Quay and cranes.
    quay_y = horizon + h * 0.02
    side = rng.choice([0, 1])
    qx0, qx1 = (0, w * 0.35) if side == 0 else (w * 0.65, w)
    d.rectangle((qx0, quay_y - h * 0.03, qx1, quay_y + h * 0.02), fill=dark)
    for i in range(rng.randint(2, 3)):
        cx = qx0 + (qx1 - qx0) * (0.2 + 0.3 * i)
        ch = h * rng.uniform(0.22, 0.3)
        d.line((cx, quay_y - h * 0.03, cx, quay_y - ch), fill=accent, width=4)
        arm = w * 0.08 * (1 if side == 0 else -1)
        d.line(
            (cx - arm * 0.3, quay_y - ch, cx + arm, quay_y - ch), fill=accent, width=3
        )
        d.line(
            (cx, quay_y - ch - h * 0.04, cx + arm, quay_y - ch), fill=accent, width=1
        )
        d.line(
            (cx + arm * 0.8, quay_y - ch, cx + arm * 0.8, quay_y - ch + h * 0.08),
            fill=dark,
            width=1,
        )
    # Boats.
    for _ in range(rng.randint(3, 6)):
        bx = rng.uniform(w * 0.05, w * 0.9)
        by = rng.uniform(horizon + h * 0.08, h * 0.92)
        scale = 0.5 + (by - horizon) / (h - horizon)
        bl = w * 0.07 * scale
        bh = h * 0.025 * scale
        hull = rng.choice([dark, accent, _mix(dark, accent, 0.5)])
        d.polygon(
            [
                (bx, by),
                (bx + bl, by),
                (bx + bl * 0.85, by + bh),
                (bx + bl * 0.12, by + bh),
            ],
            fill=hull,
        )
        mast = bx + bl * 0.45
        mh = h * 0.13 * scale
        d.line((mast, by, mast, by - mh), fill=dark, width=2)
        d.polygon(
            [(mast + 2, by - mh), (mast + 2, by - 3), (mast + bl * 0.4, by - 3)],
            fill=(250, 248, 240),
        )
        d.line(
            (bx + 4, by + bh + 3, bx + bl - 4, by + bh + 3),
            fill=_mix(hull, light, 0.6),
            width=2,
        )


def _stadium(img, d, rng, pal, w, h):
    top, bottom, accent, dark, pitch = pal
    for i in range(4):
        x = w * (0.08 + 0.28 * i + rng.uniform(-0.03, 0.03))
        _glow(img, (x, h * 0.12), h * 0.22, accent, 140)
    d = ImageDraw.Draw(img)
    for i in range(4):
        x = w * (0.08 + 0.28 * i)
        d.line((x, h * 0.14, x, h * 0.5), fill=dark, width=3)
        d.rectangle((x - 12, h * 0.1, x + 12, h * 0.15), fill=accent)
    # Tiers of the bowl.
    tiers = [
        _mix(dark, bottom, 0.25),
        _mix(dark, top, 0.5),
        _mix(dark, (90, 90, 110), 0.4),
    ]
    cx = w / 2
    for i, colour in enumerate(tiers):
        rx = w * (0.75 - 0.08 * i)
        ry = h * (0.55 - 0.06 * i)
        cy = h * 0.98
        d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=colour)
        # Crowd speckles.
        for _ in range(260):
            a = rng.uniform(math.pi * 1.05, math.pi * 1.95)
            rr = rng.uniform(0.86, 0.99)
            px = cx + math.cos(a) * rx * rr
            py = cy + math.sin(a) * ry * rr
            c = rng.choice(
                [
                    accent,
                    (230, 230, 235),
                    _mix(colour, (255, 255, 255), 0.3),
                    (200, 60, 60),
                ]
            )
            d.point((px, py), fill=c)
    # Pitch.
    py0 = h * 0.66
    d.polygon(
        [(w * 0.2, py0), (w * 0.8, py0), (w * 0.98, h), (w * 0.02, h)], fill=pitch
    )
    stripe = _mix(pitch, (255, 255, 255), 0.08)
    for i in range(0, 8, 2):
        t0, t1 = i / 8, (i + 1) / 8
        d.polygon(
            [
                (w * (0.2 + 0.6 * t0), py0),
                (w * (0.2 + 0.6 * t1), py0),
                (w * (0.02 + 0.96 * t1), h),
                (w * (0.02 + 0.96 * t0), h),
            ],
            fill=stripe,
        )
    line = (240, 240, 240)
    d.line((w * 0.5, py0, w * 0.5, h), fill=line, width=2)
    d.ellipse((w * 0.44, h * 0.76, w * 0.56, h * 0.9), outline=line, width=2)
    d.line((w * 0.2, py0, w * 0.8, py0), fill=line, width=2)


def _laboratory(img, d, rng, pal, w, h):
    top, bottom, accent, dark, light = pal
    bench = h * 0.72
    d.rectangle((0, bench, w, h), fill=_mix(dark, bottom, 0.35))
    d.rectangle((0, bench, w, bench + h * 0.025), fill=_mix(dark, light, 0.2))
    # Shelves.
    for sy in (h * 0.22, h * 0.42):
        d.rectangle((w * 0.05, sy, w * 0.95, sy + 4), fill=_mix(dark, bottom, 0.5))
        x = w * 0.07
        while x < w * 0.9:
            bw = w * rng.uniform(0.02, 0.04)
            bh = h * rng.uniform(0.06, 0.12)
            c = _mix(rng.choice([accent, dark, bottom]), light, rng.uniform(0.1, 0.5))
            d.rectangle((x, sy - bh, x + bw, sy), fill=c)
            d.rectangle(
                (x + bw * 0.25, sy - bh - 5, x + bw * 0.75, sy - bh),
                fill=_mix(dark, light, 0.3),
            )
            x += bw + w * rng.uniform(0.005, 0.03)
    # Flasks on the bench.
    x = w * rng.uniform(0.05, 0.12)
    # Every picture gets at least one of each kind of glassware.
    kinds = ["round", "conical", "tube"]
    rng.shuffle(kinds)
    while x < w * 0.85:
        kind = kinds.pop(0) if kinds else rng.choice(["round", "conical", "tube"])
        liquid = _jitter(accent, rng, 0.12, 0.1)
        glass = _mix(light, bottom, 0.2)
        if kind == "round":
            r = h * rng.uniform(0.07, 0.1)
            cy = bench - r
            d.rectangle(
                (x + r * 0.75, cy - r * 2, x + r * 1.25, cy), fill=glass, outline=dark
            )
            d.ellipse((x, cy - r, x + 2 * r, cy + r), fill=glass, outline=dark, width=2)
            d.chord(
                (x + 2, cy - r + 2, x + 2 * r - 2, cy + r - 2), 10, 170, fill=liquid
            )
            x += 2 * r + w * 0.04
        elif kind == "conical":
            fw = h * rng.uniform(0.14, 0.2)
            fh = h * rng.uniform(0.2, 0.26)
            neck = fw * 0.22
            pts = [
                (x, bench),
                (x + fw, bench),
                (x + fw / 2 + neck / 2, bench - fh * 0.7),
                (x + fw / 2 + neck / 2, bench - fh),
                (x + fw / 2 - neck / 2, bench - fh),
                (x + fw / 2 - neck / 2, bench - fh * 0.7),
            ]
            d.polygon(pts, fill=glass, outline=dark)
            lv = fh * 0.35
            d.polygon(
                [
                    (x + 3, bench - 2),
                    (x + fw - 3, bench - 2),
                    (x + fw - 3 - lv * 0.55, bench - lv),
                    (x + 3 + lv * 0.55, bench - lv),
                ],
                fill=liquid,
            )
            x += fw + w * 0.04
        else:
            for _ in range(rng.randint(3, 5)):
                th = h * rng.uniform(0.15, 0.22)
                tw = w * 0.012
                d.rounded_rectangle(
                    (x, bench - th, x + tw, bench),
                    radius=tw / 2,
                    fill=glass,
                    outline=dark,
                )
                d.rounded_rectangle(
                    (x + 1, bench - th * rng.uniform(0.3, 0.7), x + tw - 1, bench - 1),
                    radius=tw / 2,
                    fill=_jitter(accent, rng, 0.2, 0.15),
                )
                x += tw + w * 0.012
            x += w * 0.04
    # Molecule motif.
    mx, my = w * rng.uniform(0.6, 0.85), h * rng.uniform(0.12, 0.3)
    nodes = [
        (mx + math.cos(a) * h * 0.09, my + math.sin(a) * h * 0.09)
        for a in [i * math.pi / 3 + rng.uniform(-0.2, 0.2) for i in range(6)]
    ]
    for i, n in enumerate(nodes):
        d.line((n, nodes[(i + 1) % 6]), fill=dark, width=2)
    for n in nodes:
        r = h * 0.018
        d.ellipse((n[0] - r, n[1] - r, n[0] + r, n[1] + r), fill=accent, outline=dark)


def _parliament(img, d, rng, pal, w, h):
    top, bottom, accent, dark, stone = pal
    ground = h * 0.86
    d.rectangle((0, ground, w, h), fill=_mix(dark, bottom, 0.3))
    bw = w * rng.uniform(0.55, 0.7)
    x0 = (w - bw) / 2
    x1 = x0 + bw
    shade = _mix(stone, dark, 0.25)
    # Steps.
    for i in range(4):
        d.rectangle(
            (x0 - 20 + i * 6, ground - i * 7, x1 + 20 - i * 6, ground - i * 7 + 7),
            fill=_mix(stone, dark, 0.1 * i),
        )
    base = ground - 28
    body_top = base - h * 0.32
    d.rectangle((x0, body_top, x1, base), fill=shade)
    # Columns.
    n = rng.choice([6, 8, 10])
    portico0, portico1 = x0 + bw * 0.18, x1 - bw * 0.18
    step = (portico1 - portico0) / (n - 1)
    for i in range(n):
        cx = portico0 + i * step
        d.rectangle(
            (cx - step * 0.18, body_top + 10, cx + step * 0.18, base), fill=stone
        )
        d.rectangle(
            (cx - step * 0.25, body_top + 4, cx + step * 0.25, body_top + 12),
            fill=stone,
        )
    # Wings with windows.
    for wx0, wx1 in ((x0, portico0 - step * 0.4), (portico1 + step * 0.4, x1)):
        for row in range(2):
            for k in range(3):
                ww = (wx1 - wx0) / 7
                wx = wx0 + ww * (1 + 2 * k)
                wy = body_top + h * 0.05 + row * h * 0.13
                d.rectangle((wx, wy, wx + ww, wy + h * 0.08), fill=_mix(dark, top, 0.3))
    d.rectangle((x0 - 8, body_top - 8, x1 + 8, body_top + 4), fill=stone)
    # Pediment.
    ped_h = h * 0.09
    d.polygon(
        [
            (portico0 - step * 0.5, body_top - 8),
            (portico1 + step * 0.5, body_top - 8),
            (w / 2, body_top - 8 - ped_h),
        ],
        fill=stone,
        outline=shade,
    )
    # Dome.
    if rng.random() < 0.75:
        dr = bw * rng.uniform(0.12, 0.16)
        dy = body_top - 8 - ped_h * 0.6
        d.rectangle(
            (w / 2 - dr * 0.8, dy - dr * 0.45, w / 2 + dr * 0.8, dy + 2), fill=shade
        )
        d.pieslice(
            (w / 2 - dr, dy - dr * 1.4, w / 2 + dr, dy + dr * 0.6),
            180,
            360,
            fill=_mix(stone, accent, 0.15),
        )
        top_y = dy - dr * 1.4
    else:
        top_y = body_top - 8 - ped_h
    # Flag.
    d.line((w / 2, top_y, w / 2, top_y - h * 0.12), fill=dark, width=2)
    fy = top_y - h * 0.12
    wave = rng.uniform(-4, 4)
    d.polygon(
        [
            (w / 2, fy),
            (w / 2 + w * 0.05, fy + 3 + wave),
            (w / 2 + w * 0.05, fy + h * 0.045 + wave),
            (w / 2, fy + h * 0.04),
        ],
        fill=accent,
    )
    # Trees.
    for i in range(rng.randint(2, 4) * 2):
        # Alternate sides so that there are trees on both flanks.
        tx = rng.uniform(0, x0 - 20) if i % 2 == 0 else rng.uniform(x1 + 20, w)
        tr = h * rng.uniform(0.05, 0.09)
        green = _jitter((70, 110, 70), rng, 0.05, 0.08)
        d.rectangle((tx - 2, ground - tr, tx + 2, ground), fill=dark)
        d.ellipse((tx - tr, ground - tr * 2.6, tx + tr, ground - tr * 0.6), fill=green)


def _market(img, d, rng, pal, w, h):
    top, bottom, accent, dark, second = pal
    ground = h * 0.8
    d.rectangle((0, ground, w, h), fill=_mix(dark, bottom, 0.55))
    # Bunting.
    for row in range(2):
        y0 = h * (0.06 + 0.08 * row)
        sag = h * 0.05
        count = 18
        for i in range(count):
            t0, t1 = i / count, (i + 1) / count
            ya = y0 + sag * math.sin(math.pi * t0)
            yb = y0 + sag * math.sin(math.pi * t1)
            c = rng.choice([accent, second, _mix(accent, (255, 255, 255), 0.4), dark])
            d.polygon(
                [
                    (w * t0, ya),
                    (w * t1, yb),
                    (w * (t0 + t1) / 2, (ya + yb) / 2 + h * 0.045),
                ],
                fill=c,
            )
        d.line(
            [(w * i / 40, y0 + sag * math.sin(math.pi * i / 40)) for i in range(41)],
            fill=dark,
            width=1,
        )
    # Stalls.
    stalls = rng.randint(3, 4)
    sw = w / stalls
    for s in range(stalls):
        x0 = s * sw + sw * 0.06
        x1 = (s + 1) * sw - sw * 0.06
        awn_top = h * rng.uniform(0.3, 0.38)
        awn_bot = awn_top + h * 0.11
        c1 = rng.choice([accent, second, dark])
        c2 = (250, 246, 235)
        stripes = 8
        for k in range(stripes):
            sx0 = x0 + (x1 - x0) * k / stripes
            sx1 = x0 + (x1 - x0) * (k + 1) / stripes
            d.polygon(
                [
                    (sx0 + 6, awn_top),
                    (sx1 + 6, awn_top),
                    (sx1, awn_bot),
                    (sx0, awn_bot),
                ],
                fill=c1 if k % 2 == 0 else c2,
            )
            d.pieslice(
                (sx0, awn_bot - (sx1 - sx0) / 2, sx1, awn_bot + (sx1 - sx0) / 2),
                0,
                180,
                fill=c1 if k % 2 == 0 else c2,
            )
        d.line((x0 + 3, awn_bot, x0 + 3, ground), fill=dark, width=3)
        d.line((x1 - 3, awn_bot, x1 - 3, ground), fill=dark, width=3)
        table = ground - h * 0.16
        d.rectangle(
            (x0, table, x1, table + h * 0.03), fill=_mix(dark, (200, 160, 110), 0.5)
        )
        d.rectangle(
            (x0 + 6, table + h * 0.03, x1 - 6, ground), fill=_mix(dark, bottom, 0.3)
        )
        # Crates of produce.
        cx = x0 + 6
        while cx < x1 - 30:
            cw = (x1 - x0) / rng.randint(3, 5)
            d.rectangle(
                (cx, table - h * 0.05, cx + cw - 4, table),
                fill=_mix(dark, (190, 140, 90), 0.6),
            )
            fruit = _jitter(
                rng.choice(
                    [
                        (220, 60, 50),
                        (245, 160, 40),
                        (120, 170, 60),
                        (250, 210, 70),
                        (140, 60, 120),
                    ]
                ),
                rng,
            )
            r = h * 0.014
            fx = cx + r
            while fx < cx + cw - 4 - r:
                d.ellipse(
                    (fx - r, table - h * 0.05 - r, fx + r, table - h * 0.05 + r),
                    fill=fruit,
                )
                fx += r * 1.9
            cx += cw
    # Shoppers as simple silhouettes.
    for _ in range(rng.randint(3, 6)):
        px = rng.uniform(0, w)
        ph = h * rng.uniform(0.18, 0.24)
        c = _mix(dark, rng.choice([accent, second, top]), 0.3)
        d.rounded_rectangle(
            (
                px - ph * 0.14,
                ground - ph * 0.75 + h * 0.1,
                px + ph * 0.14,
                ground + h * 0.1,
            ),
            radius=8,
            fill=c,
        )
        d.ellipse(
            (
                px - ph * 0.09,
                ground - ph + h * 0.1,
                px + ph * 0.09,
                ground - ph * 0.8 + h * 0.1,
            ),
            fill=c,
        )


def _mountains(img, d, rng, pal, w, h):
    top, bottom, snow, dark, mid = pal
    sun_x = w * rng.uniform(0.15, 0.85)
    _glow(img, (sun_x, h * 0.3), h * 0.25, _mix(bottom, (255, 255, 255), 0.6), 120)
    d = ImageDraw.Draw(img)
    layers = 4
    for layer in range(layers):
        t = layer / (layers - 1)
        colour = _mix(_mix(mid, bottom, 0.45), dark, t)
        base = h * (0.45 + 0.12 * layer)
        peaks = rng.randint(3, 6)
        step = w * 1.2 / peaks
        pts = [(-w * 0.1, h)]
        caps = []
        x = -w * 0.1
        for _ in range(peaks + 1):
            peak_y = base - h * rng.uniform(0.12, 0.3) * (1 - 0.2 * layer)
            pts.append((x, base + h * rng.uniform(-0.02, 0.04)))
            pts.append((x + step / 2, peak_y))
            if layer == 0 or (layer == 1 and rng.random() < 0.6):
                caps.append((x + step / 2, peak_y, step))
            x += step
        pts += [(x, base), (x, h)]
        d.polygon(pts, fill=colour)
        for px, py, st in caps:
            cap = h * 0.045
            slope = (st / 2) / max(1.0, (base - py))
            d.polygon(
                [
                    (px, py),
                    (px + cap * slope * 1.6, py + cap * 1.6),
                    (px + cap * slope * 0.4, py + cap * 1.1),
                    (px - cap * slope * 0.4, py + cap * 1.4),
                    (px - cap * slope * 1.6, py + cap * 1.6),
                ],
                fill=snow,
            )
    # Lake.
    if rng.random() < 0.6:
        lake_y = h * 0.86
        d.ellipse((w * 0.1, lake_y, w * 0.9, h * 1.08), fill=_mix(top, mid, 0.4))
        for _ in range(14):
            y = rng.uniform(lake_y + 6, h)
            x = rng.uniform(w * 0.2, w * 0.75)
            d.line(
                (x, y, x + rng.uniform(15, 50), y), fill=_mix(top, (255, 255, 255), 0.5)
            )


def _chart(img, d, rng, pal, w, h):
    bg_top, bg_bottom, accent, grid, second = pal
    left, right = w * 0.08, w * 0.94
    top_y, bottom_y = h * 0.1, h * 0.88
    for i in range(6):
        y = top_y + (bottom_y - top_y) * i / 5
        d.line((left, y, right, y), fill=grid, width=1)
    n = rng.randint(10, 16)
    slot = (right - left) / n
    value = rng.uniform(0.3, 0.6)
    trend = rng.uniform(-0.03, 0.04)
    values = []
    for _ in range(n):
        value = min(0.95, max(0.08, value + trend + rng.uniform(-0.12, 0.12)))
        values.append(value)
    for i, v in enumerate(values):
        x = left + i * slot + slot * 0.18
        y = bottom_y - (bottom_y - top_y) * v
        c = _mix(accent, bg_bottom, 0.25 if i < n - 1 else 0.0)
        d.rectangle((x, y, x + slot * 0.64, bottom_y), fill=c)
    # Line series above the bars.
    line_values = []
    v2 = rng.uniform(0.4, 0.7)
    for _ in range(n):
        v2 = min(0.95, max(0.1, v2 + rng.uniform(-0.1, 0.1)))
        line_values.append(v2)
    pts = [
        (left + i * slot + slot / 2, bottom_y - (bottom_y - top_y) * v)
        for i, v in enumerate(line_values)
    ]
    d.line(pts, fill=second, width=4, joint="curve")
    for x, y in pts:
        d.ellipse((x - 5, y - 5, x + 5, y + 5), fill=second, outline=bg_top, width=2)
    d.line(
        (left, bottom_y, right, bottom_y),
        fill=_mix(grid, (255, 255, 255), 0.4),
        width=2,
    )
    # Small pie in a corner.
    pr = h * 0.1
    px, py = right - pr - 8, top_y + pr + 4
    start = 0.0
    for share, colour in zip(_shares(rng, 3), (accent, second, grid), strict=True):
        end = start + share * 360
        d.pieslice(
            (px - pr, py - pr, px + pr, py + pr),
            start,
            end,
            fill=colour,
            outline=bg_top,
        )
        start = end


def _shares(rng: random.Random, n: int) -> list[float]:
    parts = [rng.uniform(0.2, 1.0) for _ in range(n)]
    total = sum(parts)
    return [p / total for p in parts]


def _portrait(img, d, rng, pal, w, h):
    top, bottom, accent, dark, light = pal
    # Bokeh circles.
    for _ in range(18):
        r = h * rng.uniform(0.03, 0.1)
        x, y = rng.uniform(0, w), rng.uniform(0, h * 0.8)
        c = _mix(rng.choice([accent, light, top]), bottom, rng.uniform(0.2, 0.6))
        d.ellipse((x - r, y - r, x + r, y + r), fill=c)
    img.paste(img.filter(ImageFilter.GaussianBlur(6)))
    d = ImageDraw.Draw(img)
    cx = w * rng.choice([0.35, 0.5, 0.65]) + rng.uniform(-w * 0.03, w * 0.03)
    head_r = h * 0.16
    head_y = h * 0.42
    body = _mix(dark, accent, rng.uniform(0.1, 0.35))
    # Shoulders.
    d.ellipse(
        (
            cx - h * 0.42,
            head_y + head_r * 1.3,
            cx + h * 0.42,
            head_y + head_r * 1.3 + h * 0.7,
        ),
        fill=body,
    )
    # Neck.
    skin = _jitter(_mix(dark, light, rng.uniform(0.35, 0.6)), rng, 0.02, 0.05)
    d.rectangle(
        (
            cx - head_r * 0.4,
            head_y + head_r * 0.5,
            cx + head_r * 0.4,
            head_y + head_r * 1.5,
        ),
        fill=skin,
    )
    # Head.
    d.ellipse(
        (cx - head_r * 0.85, head_y - head_r, cx + head_r * 0.85, head_y + head_r),
        fill=skin,
    )
    # Hair.
    hair = _mix(dark, (60, 40, 30), rng.uniform(0, 0.6))
    d.chord(
        (
            cx - head_r * 0.9,
            head_y - head_r * 1.1,
            cx + head_r * 0.9,
            head_y + head_r * 0.4,
        ),
        180,
        360,
        fill=hair,
    )
    # Collar.
    d.polygon(
        [
            (cx - head_r * 0.5, head_y + head_r * 1.35),
            (cx, head_y + head_r * 1.9),
            (cx + head_r * 0.5, head_y + head_r * 1.35),
        ],
        fill=light,
    )


def _field(img, d, rng, pal, w, h):
    top, bottom, sun, dark, crop = pal
    sun_x = w * rng.uniform(0.15, 0.85)
    sun_y = h * rng.uniform(0.15, 0.3)
    _glow(img, (sun_x, sun_y), h * 0.25, sun, 130)
    d = ImageDraw.Draw(img)
    r = h * 0.05
    d.ellipse((sun_x - r, sun_y - r, sun_x + r, sun_y + r), fill=sun)
    bands = 4
    for band in range(bands):
        t = band / (bands - 1)
        colour = _mix(_mix(crop, bottom, 0.35), dark, t * 0.8)
        base = h * (0.5 + 0.13 * band)
        amp = h * rng.uniform(0.02, 0.06)
        phase = rng.uniform(0, math.tau)
        freq = rng.uniform(1.0, 2.5)
        pts = [(0, h)]
        for i in range(41):
            x = w * i / 40
            pts.append((x, base + amp * math.sin(phase + freq * math.tau * i / 40)))
        pts.append((w, h))
        d.polygon(pts, fill=colour)
        if band == bands - 1:
            # Furrows.
            for k in range(-10, 11):
                d.line(
                    (w / 2 + k * w * 0.02, base + amp, w / 2 + k * w * 0.12, h),
                    fill=_mix(colour, dark, 0.3),
                    width=2,
                )
        elif band == 1:
            for _ in range(rng.randint(3, 7)):
                tx = rng.uniform(0, w)
                ty = base + amp * math.sin(phase + freq * math.tau * tx / w)
                tr = h * rng.uniform(0.025, 0.045)
                d.rectangle((tx - 1.5, ty - tr * 1.5, tx + 1.5, ty + 2), fill=dark)
                d.ellipse(
                    (tx - tr, ty - tr * 3, tx + tr, ty - tr * 1.1),
                    fill=_mix(dark, crop, 0.3),
                )
    # Wind turbines on the far ridge.
    if rng.random() < 0.6:
        for _ in range(rng.randint(2, 4)):
            tx = rng.uniform(w * 0.05, w * 0.95)
            ty = h * 0.5
            th = h * rng.uniform(0.16, 0.22)
            white = (245, 245, 245)
            d.line((tx, ty, tx, ty - th), fill=white, width=2)
            a0 = rng.uniform(0, math.tau)
            for k in range(3):
                a = a0 + k * math.tau / 3
                d.line(
                    (
                        tx,
                        ty - th,
                        tx + math.cos(a) * th * 0.45,
                        ty - th + math.sin(a) * th * 0.45,
                    ),
                    fill=white,
                    width=2,
                )


_DRAWERS = {
    "skyline": _skyline,
    "harbour": _harbour,
    "stadium": _stadium,
    "laboratory": _laboratory,
    "parliament": _parliament,
    "market": _market,
    "mountains": _mountains,
    "chart": _chart,
    "portrait": _portrait,
    "field": _field,
}


def generate_image(
    scene: str, seed: int, width: int = 1600, height: int = 900
) -> bytes:
    """Return JPEG bytes of a deterministic abstract illustration for ``scene``."""
    if scene not in _DRAWERS:
        raise ValueError(
            f"Unknown scene {scene!r}; expected one of {', '.join(SCENES)}"
        )
    if width < 16 or height < 16:
        raise ValueError("width and height must be at least 16 pixels")
    rng = random.Random(f"{scene}:{seed}")
    palette = rng.choice(PALETTES[scene])
    pal = tuple(_jitter(_hex(c), rng) for c in palette)
    # Draw at (at most) half resolution, then scale up.
    scale = min(1.0, 800 / width)
    w, h = max(16, round(width * scale)), max(16, round(height * scale))
    img = _vertical_gradient(w, h, pal[0], pal[1])
    draw = ImageDraw.Draw(img)
    _DRAWERS[scene](img, draw, rng, pal, w, h)
    if (w, h) != (width, height):
        img = img.resize((width, height), Image.Resampling.BICUBIC)
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=85, optimize=False, progressive=True)
    return buffer.getvalue()
