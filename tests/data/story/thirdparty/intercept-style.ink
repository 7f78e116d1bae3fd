// An interrogation in the style of inkle's published stories: state in VARs, then
// the machinery writers reach for (functions, sequences, tunnels, threads).
VAR forceful = 0
VAR evasive = 0
VAR teacup = false

-> start

=== start ===
They are keeping me waiting.
* Hut 14[]. The door was locked.
    ~ forceful = forceful + 1
* I waited[.] for a long time.
- -> interview

=== interview ===
{stopping:
    - The door opens. Harris comes in.
    - Harris is back.
}
* [Say nothing] -> silence
* [Ask for tea]
    ~ teacup = true
    -> silence

=== silence ===
{lower(forceful)}
-> END

=== function lower(ref x)
    ~ x = x - 1
