"""Rule packs and checks: craft (shape, sizes) and continuity. Pure helpers."""
