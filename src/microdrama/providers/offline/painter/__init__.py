"""The offline painter's drawing code: procedural manga panels, no AI.

design       bible Look → fixed drawing design (hair, face, outfit, props)
expressions  Emotion → brows, eyes, mouth, manga marks; blinks and mouth shapes of speech
ink          colours, curves, the pen (fill + cel shadow + ink outline)
face, hair, body, figure   one character
posture, views, profile    staging: turned, profile and from-behind views
arms, poses, props         gestures, kneeling/sitting/walking legs, held props
stage, sets, backgrounds   the location behind
sets_period, period_parts   the period sets a costume drama's places are drawn as
effects      speed lines, screentone, impact, sparkle, rain, gloom
layout       framing, positions and camera angle
scene        the whole panel, in layers (set, each figure, front effects)
rig          the layers plus each figure's face states, for the segment to animate
"""

from microdrama.providers.offline.painter.scene import render

__all__ = ["render"]
