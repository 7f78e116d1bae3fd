// A hand-written Ink story with what the importer reads: stitches, gathers with labels,
// nested choices, once-only and sticky choices, conditions, ~ changes, Name: lines.
# title: The Night Train
VAR hasTicket = false
VAR coins = 2

-> platform

=== platform ===
The platform is cold. // a comment
Mara Hart: Where is the train?
* [Buy a ticket]
    ~ hasTicket = true
    ~ coins -= 1
    You buy one.
* (wait) [Wait]
- (board) The train arrives.
  + {hasTicket} [Board] -> train.carriage
  + [Stay] -> platform_loop

=== platform_loop ===
Mr. Finch: Still here?
* [Ask for a coin]
    ~ coins++
    -> platform_loop
* [Leave]
    -> END

=== train ===
= carriage
The carriage is empty.
* [Sit]
    * * [Sleep]
        You sleep.
    * * [Read]
    - - The train moves.
* [Stand] -> ending_stand
- -> END

=== ending_stand ===
You stand all night.
-> DONE
