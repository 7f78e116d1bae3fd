# title: The Locked Study
# author: A. Writer
// Written in Inky: what a writer's story usually holds.
CONST MAX_TRUST = 2
VAR trust = 0
VAR ally = ""
VAR found_letter = false

-> arrival

=== arrival ===
Rain runs down the windows of the country house. <>
Somebody has been in the study.
Mara Hart: The door was locked last night.
TODO: a close shot of the lock
* (searched) [Search the desk]
    ~ found_letter = true
    You find a letter under the blotter.
    -> hall
* {trust < MAX_TRUST} [Call for Finch]
    ~ trust = trust + 1
    ~ ally = "finch"
    Mr. Finch: You rang, miss?
    -> hall.corridor
+ [Leave the house] -> garden

=== hall ===
/* The hall: a first look, then the corridor. */
The hall smells of smoke.
-> corridor

= corridor
~ trust++
The corridor is dark.
* {found_letter} [Read the letter aloud] -> reading
* [Ask Finch what he saw]
    Mr. Finch: Nothing, miss. Nothing at all.
- (waiting) The clock strikes midnight.
* [Go to bed] -> night
* {ally == "finch"} [Keep waiting with Finch] -> garden

=== reading ===
Mara Hart: My dear girl, the house is yours.
-> END

=== garden ===
The garden is silent.
-> DONE

=== night ===
Nobody comes.
-> END
