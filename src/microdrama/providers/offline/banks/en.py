"""English phrase bank of the offline writer (see ``BANKS.md``; validated by ``schema.Bank``).

Original text. Generic moves avoid gendered pronouns for cast roles (the lead is male in
``hidden_identity`` and the love interest female there); trope-restricted moves may use them.
"""

from __future__ import annotations

from typing import Any

DATA: dict[str, Any] = {
    "language": "en",
    "names": {
        "surnames": [
            "Hart",
            "Grant",
            "Sterling",
            "Cole",
            "Blake",
            "Reed",
            "Vance",
            "Knight",
            "Frost",
            "Lane",
            "Quinn",
            "Wells",
            "Cross",
            "Stone",
            "Hale",
            "Ward",
            "Pierce",
            "Royce",
            "Drake",
            "Monroe",
            "Hayes",
            "Rhodes",
            "Sloane",
            "Thorne",
            "Mercer",
            "Lockwood",
            "Whitmore",
            "Ashford",
            "Carter",
            "Black",
        ],
        "female": [
            "Ava",
            "Chloe",
            "Lily",
            "Sophie",
            "Grace",
            "Emma",
            "Nora",
            "Ivy",
            "Claire",
            "Maya",
            "Zoe",
            "Hazel",
            "Ruby",
            "Stella",
            "Elena",
            "Violet",
            "Aria",
            "Isla",
            "Jade",
            "Mia",
            "Scarlett",
            "Vivian",
            "Iris",
            "Daisy",
            "Naomi",
            "Tessa",
            "Serena",
            "Hannah",
            "Lena",
            "Audrey",
        ],
        "male": [
            "Ethan",
            "Ryan",
            "Liam",
            "Noah",
            "Lucas",
            "Adrian",
            "Damon",
            "Julian",
            "Sebastian",
            "Caleb",
            "Owen",
            "Miles",
            "Gavin",
            "Xavier",
            "Dominic",
            "Vincent",
            "Nathan",
            "Jack",
            "Leo",
            "Felix",
            "Rhys",
            "Hunter",
            "Tristan",
            "Declan",
            "Marcus",
            "Kai",
            "Elliot",
            "Graham",
        ],
    },
    "places": [
        {
            "kind": "mansion",
            "names": [
                "the {family} mansion",
                "the {family} estate",
                "Hillcrest Manor",
                "the east wing",
            ],
            "description": [
                "Marble stairs, cold portraits, a family that keeps score.",
                "A gated estate where every servant hears everything.",
                "Chandeliers, long corridors, and doors that lock from outside.",
            ],
        },
        {
            "kind": "office",
            "names": ["{family} Group tower", "the boardroom", "the top floor", "the CEO suite"],
            "description": [
                "Glass walls on the fortieth floor; the city at its feet.",
                "A long boardroom table where careers end in minutes.",
                "Open-plan desks, whispering staff, one corner office.",
            ],
        },
        {
            "kind": "hospital",
            "names": ["Saint Mary's Hospital", "the private ward", "the emergency room"],
            "description": [
                "White corridors, beeping monitors, a nurse's desk full of gossip.",
                "A quiet VIP ward with a guard at the door.",
            ],
        },
        {
            "kind": "street",
            "names": [
                "the rainy street",
                "the hotel entrance",
                "the city bridge",
                "the back alley",
            ],
            "description": [
                "Wet asphalt under neon; black cars idling at the curb.",
                "A busy pavement where strangers raise their phones.",
            ],
        },
        {
            "kind": "restaurant",
            "names": ["Le Ciel", "the rooftop restaurant", "the Golden Dragon", "the private room"],
            "description": [
                "White tablecloths, candlelight, a bill nobody expects to pay.",
                "A rooftop dining room with the whole skyline behind glass.",
            ],
        },
        {
            "kind": "bedroom",
            "names": ["the master bedroom", "the guest room", "the attic room", "the bridal suite"],
            "description": [
                "A silk-draped room that was never meant to be shared.",
                "A narrow attic room under a leaking roof.",
            ],
        },
        {
            "kind": "ballroom",
            "names": [
                "the grand ballroom",
                "the gala hall",
                "the {family} ballroom",
                "the banquet hall",
            ],
            "description": [
                "Crystal chandeliers, a string quartet, two hundred watching guests.",
                "A gala hall with a stage, a screen and a champagne tower.",
            ],
        },
        {
            "kind": "car",
            "names": [
                "the black limousine",
                "the back seat",
                "the Rolls-Royce",
                "the parked sedan",
            ],
            "description": [
                "Leather seats, tinted windows, a driver who hears nothing.",
                "A long black car idling in the rain.",
            ],
        },
        {
            "kind": "courtroom",
            "names": ["the high court", "courtroom three", "the hearing room"],
            "description": [
                "Wood panels, a packed gallery, reporters at the back.",
                "A hushed room where one document can end a dynasty.",
            ],
        },
        {
            "kind": "school",
            "names": [
                "Ashford Academy",
                "the school gates",
                "the kindergarten",
                "the lecture hall",
            ],
            "description": [
                "A private school where parents compete harder than children.",
                "Iron gates, a crowd of parents, a row of luxury cars.",
            ],
        },
        {
            "kind": "village",
            "names": ["Silverfang village", "the pack village", "the market square"],
            "description": [
                "Timber houses ringed by pines; every neighbor is a wolf.",
                "A square where the pack gathers under the moon.",
            ],
        },
        {
            "kind": "forest",
            "names": ["the Blackpine woods", "the moon clearing", "the northern border"],
            "description": [
                "Dark pines, silver moonlight, howls in the distance.",
                "A clearing of standing stones where mates are bound.",
            ],
        },
    ],
    "tropes": [
        {
            "id": "heiress",
            "keywords": [
                "heiress",
                "real heiress",
                "fake heiress",
                "switched at birth",
                "swapped at birth",
                "DNA test",
                "true daughter",
                "fake daughter",
                "adopted daughter",
                "long-lost daughter",
            ],
            "genre": "family drama",
            "tone": "glossy, cruel, triumphant",
            "titles": [
                "The Real Heiress Returns",
                "The {family} Heiress Was Switched",
                "Switched at Birth, Back for Blood",
                "The Daughter They Threw Away",
            ],
            "logline": [
                "Switched at birth, {lead} walks back into the {family} mansion to take "
                "back a name a fake heiress stole.",
                "Raised poor, mocked as the maid's girl, {lead} is the real {family} "
                "daughter, and she has the proof.",
            ],
            "world": [
                "Old money, older grudges: the {family} family ranks love by bloodline and "
                "bank balance.",
                "A city of charity galas and closed doors, where one DNA test can topple a "
                "dynasty.",
            ],
            "identity": "the real {family} heiress",
            "secret": "{lead} is the true {family} daughter; {rival} was switched in at birth.",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "the real heiress",
                    "description": [
                        "{lead}, raised by a poor family, quietly holds "
                        "the proof she is the true {family} daughter.",
                        "{lead}, a scholarship girl with steady eyes, who "
                        "already owns more than the {family} family "
                        "knows.",
                    ],
                    "traits": ["calm", "sharp", "patient", "proud"],
                    "speech": "Few words, level voice, lines that cut.",
                },
                "love": {
                    "gender": "male",
                    "title": "the fiancé",
                    "description": [
                        "{love}, heir of a rival house, engaged to "
                        "whichever girl the {family} family calls "
                        "daughter.",
                        "{love}, a cool young executive bound by a family promise he never chose.",
                    ],
                    "traits": ["guarded", "loyal", "torn"],
                    "speech": "Terse; says less than he feels.",
                },
                "rival": {
                    "gender": "female",
                    "title": "the fake heiress",
                    "description": [
                        "{rival}, raised as the {family} princess, "
                        "terrified of losing a name that was never hers.",
                        "{rival}, sweet in public, vicious in private, the fake {family} daughter.",
                    ],
                    "traits": ["vain", "cunning", "insecure"],
                    "speech": "Sugary in public, sneering in private; loves an audience.",
                },
                "elder": {
                    "gender": "female",
                    "title": "the matriarch",
                    "description": [
                        "{elder}, matriarch of the {family} family, who "
                        "values the family image above any daughter.",
                        "{elder}, head of the {family} house, cold as her pearls.",
                    ],
                    "traits": ["proud", "controlling", "image-obsessed"],
                    "speech": "Commands; never asks twice.",
                },
                "aide": {
                    "gender": "male",
                    "title": "the loyal assistant",
                    "description": [
                        "{aide}, the quiet assistant who has managed "
                        "{lead}'s hidden fortune for years.",
                        "{aide}, a brisk executive assistant who would "
                        "walk through fire for {lead}.",
                    ],
                    "traits": ["loyal", "efficient", "dry"],
                    "speech": "Brisk, respectful, never wastes a word.",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "the charming cousin",
                    "description": [
                        "{wildcard}, the family's charming black "
                        "sheep, who smiles at everyone and trusts no "
                        "one.",
                        "{wildcard}, a rival heir who circles the {family} family like a hawk.",
                    ],
                    "traits": ["charming", "opportunistic", "secretive"],
                    "speech": "Smooth, amused, never gives a straight answer.",
                },
            },
            "locations": ["mansion", "ballroom", "office", "hospital", "car"],
            "stakes": ["the engagement", "the family shares", "the family name", "the inheritance"],
        },
        {
            "id": "hidden_identity",
            "keywords": [
                "hidden identity",
                "secret billionaire",
                "war god",
                "son-in-law",
                "humble husband",
                "live-in son-in-law",
                "secret chairman",
                "undercover boss",
                "disguised",
                "owns the company",
                "billionaire in disguise",
            ],
            "genre": "urban power fantasy",
            "tone": "underdog, satisfying, face-slapping",
            "titles": [
                "The Son-in-Law Owns It All",
                "My Husband Is the Chairman",
                "Bow to the Humble Husband",
                "The Quiet Man at the {family} Table",
            ],
            "logline": [
                "Mocked for three years as the {family} family's useless son-in-law, "
                "{lead} secretly owns the group they beg for money.",
                "{lead} wore an apron at every {family} banquet. Tonight he takes it off.",
            ],
            "world": [
                "A status-hungry city where the {family} family sneers at a son-in-law who "
                "secretly controls Titan Group.",
                "Banquets, boardrooms and bank cards: everyone is measured by what they can buy.",
            ],
            "identity": "the Titan Group chairman",
            "secret": "{lead}, the despised son-in-law, is the owner and chairman of Titan Group.",
            "roles": {
                "lead": {
                    "gender": "male",
                    "title": "the humble husband",
                    "description": [
                        "{lead}, the {family} family's live-in son-in-law, "
                        "who quietly chairs the biggest group in the city.",
                        "{lead}, who cooks, cleans and takes every insult, "
                        "and signs billion-dollar deals at night.",
                    ],
                    "traits": ["patient", "calm", "formidable"],
                    "speech": "Quiet, polite, devastating when he finally speaks.",
                },
                "love": {
                    "gender": "female",
                    "title": "the wife",
                    "description": [
                        "{love}, the {family} daughter who married {lead} "
                        "on her grandfather's order and never knew him.",
                        "{love}, a proud businesswoman ashamed of a husband she secretly defends.",
                    ],
                    "traits": ["proud", "hardworking", "torn"],
                    "speech": "Clipped, tired, softer than she lets on.",
                },
                "rival": {
                    "gender": "male",
                    "title": "the rich suitor",
                    "description": [
                        "{rival}, a flashy heir who wants {love} and treats {lead} like a servant.",
                        "{rival}, the {family} family's favored suitor, "
                        "all cufflinks and contempt.",
                    ],
                    "traits": ["arrogant", "petty", "showy"],
                    "speech": "Loud, mocking, always name-drops his money.",
                },
                "elder": {
                    "gender": "female",
                    "title": "the mother-in-law",
                    "description": [
                        "{elder}, the {family} mother-in-law who counts "
                        "{lead}'s every meal as a debt.",
                        "{elder}, who runs the {family} house and wants "
                        "her daughter divorced by spring.",
                    ],
                    "traits": ["snobbish", "greedy", "domineering"],
                    "speech": "Orders, insults, and demands.",
                },
                "aide": {
                    "gender": "male",
                    "title": "the right-hand man",
                    "description": [
                        "{aide}, Titan Group's steel-nerved executive, who answers only to {lead}.",
                        "{aide}, {lead}'s old comrade, now running the empire in his name.",
                    ],
                    "traits": ["loyal", "disciplined", "discreet"],
                    "speech": "Crisp, formal, always calls {lead} 'sir'.",
                },
                "wildcard": {
                    "gender": "female",
                    "title": "the socialite",
                    "description": [
                        "{wildcard}, a glamorous investor who notices everything about {lead}.",
                        "{wildcard}, {love}'s cousin, sweet-tongued and impossible to read.",
                    ],
                    "traits": ["clever", "curious", "ambitious"],
                    "speech": "Velvet voice, double meanings, teasing questions.",
                },
            },
            "locations": ["mansion", "office", "restaurant", "street", "hospital"],
            "stakes": [
                "the marriage",
                "the family company",
                "the Titan contract",
                "the project bid",
            ],
        },
        {
            "id": "ceo_romance",
            "keywords": [
                "CEO",
                "billionaire",
                "boss",
                "contract marriage",
                "fake marriage",
                "office romance",
                "assistant",
                "tycoon",
                "romance",
                "marry the boss",
            ],
            "genre": "romance",
            "tone": "swoony, sharp, glamorous",
            "titles": [
                "Contract Bride of the CEO",
                "The CEO's Secret Designer",
                "Married to My Cold Boss",
                "Forty Floors Above Love",
            ],
            "logline": [
                "Hired as a stand-in bride for a cold CEO, {lead} hides that she is the "
                "designer his company is desperate to find.",
                "{lead} signs a one-year marriage contract with {love}. The hard part is "
                "not falling in love.",
            ],
            "world": [
                "A glittering fashion empire on the top floor of {family} Group tower.",
                "Gossiping offices, rooftop dinners and paparazzi at every door.",
            ],
            "identity": "the designer called Muse",
            "secret": "{lead} is Muse, the anonymous designer behind the {family} brand's best "
            "work.",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "the contract bride",
                    "description": [
                        "{lead}, a junior assistant with paint on her "
                        "cuffs, secretly the designer Muse.",
                        "{lead}, who signed a marriage contract to pay a "
                        "debt and kept her real talent hidden.",
                    ],
                    "traits": ["witty", "resilient", "proud"],
                    "speech": "Dry wit, short comebacks, never pleads.",
                },
                "love": {
                    "gender": "male",
                    "title": "the cold CEO",
                    "description": [
                        "{love}, the icy CEO of {family} Group who trusts "
                        "nobody since a betrayal years ago.",
                        "{love}, a workaholic heir who hired a wife the way he hires staff.",
                    ],
                    "traits": ["cold", "protective", "exacting"],
                    "speech": "Commands in few words; warmth slips out sideways.",
                },
                "rival": {
                    "gender": "female",
                    "title": "the childhood friend",
                    "description": [
                        "{rival}, {love}'s glamorous childhood friend who "
                        "claims Muse's work as her own.",
                        "{rival}, a society darling who planned to be Mrs. {family} since age ten.",
                    ],
                    "traits": ["jealous", "polished", "ruthless"],
                    "speech": "Sweet smile, poisoned compliments.",
                },
                "elder": {
                    "gender": "male",
                    "title": "the grandfather",
                    "description": [
                        "{elder}, the {family} patriarch who wants a "
                        "suitable bride and a profitable merger.",
                        "{elder}, founder of {family} Group, who tests "
                        "everyone his grandson loves.",
                    ],
                    "traits": ["shrewd", "stern", "traditional"],
                    "speech": "Gruff orders, tests disguised as questions.",
                },
                "aide": {
                    "gender": "female",
                    "title": "the best friend",
                    "description": [
                        "{aide}, {lead}'s best friend and business "
                        "partner, the only one who knows about Muse.",
                        "{aide}, a fast-talking agent guarding {lead}'s secret career.",
                    ],
                    "traits": ["loyal", "quick", "funny"],
                    "speech": "Fast, brisk, fiercely on {lead}'s side.",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "the rival CEO",
                    "description": [
                        "{wildcard}, a charming rival CEO who wants Muse, and maybe {lead}.",
                        "{wildcard}, {love}'s estranged half-brother, all smiles and angles.",
                    ],
                    "traits": ["charming", "calculating", "playful"],
                    "speech": "Smooth flirtation, every offer has a catch.",
                },
            },
            "locations": ["office", "restaurant", "ballroom", "car", "mansion"],
            "stakes": [
                "the contract marriage",
                "the merger",
                "the design contract",
                "the CEO seat",
            ],
        },
        {
            "id": "revenge",
            "keywords": [
                "revenge",
                "betrayed",
                "framed",
                "prison",
                "payback",
                "avenge",
                "vengeance",
                "returns",
                "cheating husband",
                "ruined family",
            ],
            "genre": "revenge thriller",
            "tone": "cold, precise, cathartic",
            "titles": [
                "She Came Back for Everything",
                "The Woman They Framed",
                "Revenge Wears Red",
                "Five Years for a Lie",
            ],
            "logline": [
                "Framed and ruined by the {family} family, {lead} returns under a new "
                "name to take back everything, one exposure at a time.",
                "{lead} lost her company, her name and five years. Now she is back, and "
                "she kept the receipts.",
            ],
            "world": [
                "A city where the {family} family bought the courts, the press and the police.",
                "Boardrooms, courtrooms and galas, each one a stage for a reckoning.",
            ],
            "identity": "the heiress they framed",
            "secret": "The new investor everyone fears is {lead}, the heiress the {family} family "
            "framed and buried.",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "the avenger",
                    "description": [
                        "{lead}, framed five years ago, now back with a "
                        "new name, a fortune and a plan.",
                        "{lead}, who lost everything to the {family} family and forgot nothing.",
                    ],
                    "traits": ["cold", "strategic", "unbreakable"],
                    "speech": "Short, icy sentences; never raises her voice.",
                },
                "love": {
                    "gender": "male",
                    "title": "the ally",
                    "description": [
                        "{love}, a powerful lawyer who helps {lead} and asks too many questions.",
                        "{love}, the {family} family's estranged heir who may be her only ally.",
                    ],
                    "traits": ["principled", "guarded", "torn"],
                    "speech": "Measured, terse, tests her with questions.",
                },
                "rival": {
                    "gender": "female",
                    "title": "the betrayer",
                    "description": [
                        "{rival}, the best friend who stole {lead}'s life "
                        "and married into the {family} family.",
                        "{rival}, who testified against {lead} and wears her jewelry.",
                    ],
                    "traits": ["envious", "ruthless", "theatrical"],
                    "speech": "Mocking, falsely sweet, panics when cornered.",
                },
                "elder": {
                    "gender": "male",
                    "title": "the patriarch",
                    "description": [
                        "{elder}, head of the {family} family, who built "
                        "his empire on {lead}'s ruin.",
                        "{elder}, a patriarch with judges on speed dial.",
                    ],
                    "traits": ["ruthless", "calculating", "proud"],
                    "speech": "Threatens softly; every sentence an order.",
                },
                "aide": {
                    "gender": "female",
                    "title": "the loyal friend",
                    "description": [
                        "{aide}, the lawyer who never stopped believing in {lead}.",
                        "{aide}, {lead}'s old assistant, now her eyes inside the {family} empire.",
                    ],
                    "traits": ["loyal", "meticulous", "brave"],
                    "speech": "Brisk, factual, fierce.",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "the ex-husband",
                    "description": [
                        "{wildcard}, {lead}'s ex-husband, who helped "
                        "ruin her and now can't stop watching her.",
                        "{wildcard}, a journalist who sells secrets to whoever pays most.",
                    ],
                    "traits": ["weak", "charming", "slippery"],
                    "speech": "Smooth excuses, half-truths, sudden confessions.",
                },
            },
            "locations": ["office", "courtroom", "ballroom", "mansion", "street"],
            "stakes": ["the company", "the court case", "the board vote", "the family name"],
        },
        {
            "id": "rebirth",
            "keywords": [
                "rebirth",
                "reborn",
                "second chance",
                "time travel",
                "back in time",
                "past life",
                "woke up",
                "do-over",
                "reincarnated",
                "second life",
            ],
            "genre": "rebirth drama",
            "tone": "knowing, tense, vindicating",
            "titles": [
                "Reborn to Ruin Them",
                "Second Life, No Mercy",
                "This Time, I Choose",
                "She Remembers Everything",
            ],
            "logline": [
                "Betrayed and left to die by her adopted family, {lead} wakes five years "
                "in the past, and this time she knows every move.",
                "{lead} died trusting the {family} family. Reborn, she trusts no one and "
                "wins everything.",
            ],
            "world": [
                "The {family} mansion five years ago: same smiles, same traps, one girl who "
                "remembers.",
                "A high-society world where {lead} already knows every ending.",
            ],
            "identity": "the investor called Phoenix",
            "secret": "{lead} remembers her first life, and as the investor Phoenix she is "
            "already buying up the {family} empire.",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "the reborn daughter",
                    "description": [
                        "{lead}, the {family} family's adopted daughter, "
                        "reborn with memories of her betrayal.",
                        "{lead}, who died once for people who never loved her, and woke up wiser.",
                    ],
                    "traits": ["knowing", "cool", "decisive"],
                    "speech": "Calm, knowing, speaks as if she has seen the ending.",
                },
                "love": {
                    "gender": "male",
                    "title": "the one she wronged",
                    "description": [
                        "{love}, the man {lead} rejected in her first "
                        "life, who died protecting her.",
                        "{love}, a reserved heir who can't understand why "
                        "{lead} suddenly trusts him.",
                    ],
                    "traits": ["steady", "reserved", "devoted"],
                    "speech": "Quiet, few words, surprising tenderness.",
                },
                "rival": {
                    "gender": "female",
                    "title": "the adopted sister",
                    "description": [
                        "{rival}, the sweet-faced sister who stole {lead}'s life the first time.",
                        "{rival}, the {family} family's darling, who smiles while she plots.",
                    ],
                    "traits": ["manipulative", "charming", "jealous"],
                    "speech": "Honeyed, wounded, cruel when alone.",
                },
                "elder": {
                    "gender": "female",
                    "title": "the adoptive mother",
                    "description": [
                        "{elder}, {lead}'s adoptive mother, who always chose {rival}.",
                        "{elder}, matriarch of the {family} family, who "
                        "sold {lead} out in her first life.",
                    ],
                    "traits": ["cold", "partial", "calculating"],
                    "speech": "Commands, guilt-trips, threatens.",
                },
                "aide": {
                    "gender": "female",
                    "title": "the loyal maid",
                    "description": [
                        "{aide}, the maid who died beside {lead} in her "
                        "first life, now her sharpest ally.",
                        "{aide}, a quick young maid who runs {lead}'s secret errands.",
                    ],
                    "traits": ["loyal", "quick", "brave"],
                    "speech": "Brisk, low voice, always ready.",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "the ex-fiancé",
                    "description": [
                        "{wildcard}, the fiancé who betrayed {lead} in "
                        "her first life, now strangely interested in "
                        "her.",
                        "{wildcard}, a smooth heir who seems to know more than he should.",
                    ],
                    "traits": ["charming", "ambitious", "two-faced"],
                    "speech": "Smooth compliments, veiled warnings.",
                },
            },
            "locations": ["mansion", "bedroom", "school", "ballroom", "office"],
            "stakes": [
                "the engagement",
                "the inheritance",
                "the family company",
                "the scholarship",
            ],
        },
        {
            "id": "secret_baby",
            "keywords": [
                "secret baby",
                "pregnant",
                "pregnancy",
                "his child",
                "single mother",
                "twins",
                "one night",
                "custody",
                "daddy",
                "genius baby",
            ],
            "genre": "romance drama",
            "tone": "heart-tugging, tense, sweet",
            "titles": [
                "The CEO's Secret Son",
                "Five Years, One Secret",
                "Mommy Came Back",
                "Whose Boy Is He?",
            ],
            "logline": [
                "Five years after the {family} family drove her out pregnant, {lead} "
                "returns as a star surgeon, with his son's hand in hers.",
                "{lead} hid a child from the most powerful man in the city. Now the boy "
                "has his eyes.",
            ],
            "world": [
                "A city of private hospitals and private schools, ruled by the {family} family.",
                "Hospital corridors, school gates and a mansion that wants its heir back.",
            ],
            "identity": "the miracle doctor Angel",
            "secret": "{lead}'s son is {love}'s child, and {lead} is Angel, the surgeon the "
            "{family} family needs.",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "the single mother",
                    "description": [
                        "{lead}, a single mother and brilliant surgeon "
                        "hiding who her son's father is.",
                        "{lead}, driven out five years ago, back with a child and a new name.",
                    ],
                    "traits": ["protective", "brilliant", "steely"],
                    "speech": "Calm, clipped, fierce about her child.",
                },
                "love": {
                    "gender": "male",
                    "title": "the father",
                    "description": [
                        "{love}, the cold {family} heir who doesn't know he has a son.",
                        "{love}, a CEO who never stopped searching for the woman from that night.",
                    ],
                    "traits": ["cold", "intense", "protective"],
                    "speech": "Few words, commands, sudden softness.",
                },
                "rival": {
                    "gender": "female",
                    "title": "the fiancée",
                    "description": [
                        "{rival}, {love}'s fiancée, who made sure {lead} left five years ago.",
                        "{rival}, polished and ruthless, who will never "
                        "let a child come between her and the {family} "
                        "name.",
                    ],
                    "traits": ["jealous", "scheming", "polished"],
                    "speech": "Sweet to his face, venom behind it.",
                },
                "elder": {
                    "gender": "female",
                    "title": "his mother",
                    "description": [
                        "{elder}, the {family} matriarch who wants an heir but not his mother.",
                        "{elder}, who paid {lead} to disappear and thinks money fixes everything.",
                    ],
                    "traits": ["controlling", "proud", "shrewd"],
                    "speech": "Orders, cheques, threats.",
                },
                "aide": {
                    "gender": "female",
                    "title": "the best friend",
                    "description": [
                        "{aide}, the nurse and best friend who helped {lead} raise the boy.",
                        "{aide}, {lead}'s fearless assistant at the hospital.",
                    ],
                    "traits": ["loyal", "funny", "fierce"],
                    "speech": "Quick, brisk, protective.",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "the doctor friend",
                    "description": [
                        "{wildcard}, a charming doctor who helped raise the boy and wants more.",
                        "{wildcard}, {love}'s cousin, who knows a secret about that night.",
                    ],
                    "traits": ["gentle", "secretive", "ambitious"],
                    "speech": "Soft voice, careful words, hidden agenda.",
                },
            },
            "locations": ["hospital", "mansion", "office", "school", "restaurant"],
            "stakes": ["custody", "the boy's surgery", "the hospital post", "the family heir"],
        },
        {
            "id": "werewolf",
            "keywords": [
                "werewolf",
                "alpha",
                "luna",
                "mate",
                "pack",
                "wolf",
                "lycan",
                "rejected mate",
                "moon goddess",
                "shifter",
            ],
            "genre": "paranormal romance",
            "tone": "dark, primal, romantic",
            "titles": [
                "The Alpha's Rejected Mate",
                "Luna of the {family} Pack",
                "Rejected, Then Crowned",
                "The Last White Wolf",
            ],
            "logline": [
                "Rejected by her Alpha in front of the whole pack, {lead} hides that she "
                "is the last white wolf.",
                "{lead} was the pack's weakest omega until the moon turned silver for her.",
            ],
            "world": [
                "The {family} pack rules the Blackpine woods, where rank is everything and "
                "mates are fate.",
                "Moonlit forests, pack houses and ancient ceremonies of blood-free oaths.",
            ],
            "identity": "the last white wolf",
            "secret": "{lead} carries the blood of the last white wolf, stronger than any Alpha.",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "the rejected mate",
                    "description": [
                        "{lead}, a scorned omega of the {family} pack, who "
                        "hides a silver wolf inside.",
                        "{lead}, rejected by her fated mate, quietly "
                        "growing stronger under the moon.",
                    ],
                    "traits": ["resilient", "quiet", "fierce"],
                    "speech": "Soft-spoken, unflinching, lines like claws.",
                },
                "love": {
                    "gender": "male",
                    "title": "the Alpha",
                    "description": [
                        "{love}, Alpha of the {family} pack, who rejected "
                        "his mate for a stronger Luna.",
                        "{love}, a cold Alpha fighting a bond he publicly denied.",
                    ],
                    "traits": ["dominant", "proud", "torn"],
                    "speech": "Commands in few words, growls under pressure.",
                },
                "rival": {
                    "gender": "female",
                    "title": "the chosen Luna",
                    "description": [
                        "{rival}, the Beta's daughter chosen as Luna, who "
                        "will do anything to keep the title.",
                        "{rival}, a beautiful she-wolf who bullied {lead} since childhood.",
                    ],
                    "traits": ["vicious", "proud", "insecure"],
                    "speech": "Taunts, sneers, plays the victim for the Alpha.",
                },
                "elder": {
                    "gender": "male",
                    "title": "the pack elder",
                    "description": [
                        "{elder}, the old Alpha of the {family} pack, who "
                        "wants a strong bloodline at any cost.",
                        "{elder}, keeper of pack law, who fears what {lead} might be.",
                    ],
                    "traits": ["stern", "traditional", "cunning"],
                    "speech": "Decrees, pack law, no argument.",
                },
                "aide": {
                    "gender": "female",
                    "title": "the best friend",
                    "description": [
                        "{aide}, a healer's apprentice and {lead}'s only friend in the pack.",
                        "{aide}, a quick little omega who hears every rumor in the village.",
                    ],
                    "traits": ["loyal", "cheerful", "brave"],
                    "speech": "Fast, brisk, whispering warnings.",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "the Lycan prince",
                    "description": [
                        "{wildcard}, a Lycan prince from the north who "
                        "smells something rare on {lead}.",
                        "{wildcard}, a rogue Alpha with his own claim on the moon.",
                    ],
                    "traits": ["mysterious", "charming", "dangerous"],
                    "speech": "Purring, amused, every word a test.",
                },
            },
            "locations": ["mansion", "forest", "village", "ballroom", "bedroom"],
            "stakes": ["the Luna title", "the mate bond", "the pack's future", "the Alpha seat"],
        },
        {
            "id": "stepmother",
            "keywords": [
                "stepmother",
                "stepsister",
                "stepfamily",
                "Cinderella",
                "evil stepmother",
                "stepdaughter",
                "late mother",
                "father remarried",
                "orphan",
            ],
            "genre": "family drama",
            "tone": "underdog, bitter, triumphant",
            "titles": [
                "The Stepdaughter Strikes Back",
                "Cinderella Owns the House",
                "My Stepmother's Last Lie",
                "The {family} House Belongs to Me",
            ],
            "logline": [
                "Her stepmother turned her into a servant in her own home. {lead} knows "
                "her late mother left her everything.",
                "{lead} scrubs the floors of the {family} house, and she is about to own "
                "every one of them.",
            ],
            "world": [
                "The {family} house, once her mother's, now ruled by a stepmother and her "
                "spoiled daughter.",
                "A fine old house with a locked study, a hidden will and a family that eats first.",
            ],
            "identity": "the true {family} heir",
            "secret": "{lead}'s late mother left the whole {family} fortune to her; {elder} hid "
            "the will.",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "the stepdaughter",
                    "description": [
                        "{lead}, treated as a maid by her stepmother, "
                        "secretly the true {family} heir.",
                        "{lead}, who smiles through every chore and remembers every insult.",
                    ],
                    "traits": ["patient", "clever", "kind"],
                    "speech": "Gentle surface, steel underneath, short replies.",
                },
                "love": {
                    "gender": "male",
                    "title": "the suitor",
                    "description": [
                        "{love}, the heir engaged to the {family} "
                        "daughter, whichever one that turns out to be.",
                        "{love}, a young doctor who keeps noticing the maid who isn't a maid.",
                    ],
                    "traits": ["honest", "reserved", "torn"],
                    "speech": "Short, sincere, hesitant.",
                },
                "rival": {
                    "gender": "female",
                    "title": "the stepsister",
                    "description": [
                        "{rival}, the stepsister who wears {lead}'s mother's jewels.",
                        "{rival}, spoiled and cruel, who plans to marry {love} by summer.",
                    ],
                    "traits": ["spoiled", "cruel", "petty"],
                    "speech": "Whines, mocks, gives orders.",
                },
                "elder": {
                    "gender": "female",
                    "title": "the stepmother",
                    "description": [
                        "{elder}, the stepmother who married into the "
                        "{family} house and took it over.",
                        "{elder}, elegant and ruthless, hiding the will in her safe.",
                    ],
                    "traits": ["cruel", "greedy", "elegant"],
                    "speech": "Icy commands, public sweetness, private threats.",
                },
                "aide": {
                    "gender": "male",
                    "title": "the old butler",
                    "description": [
                        "{aide}, the family butler who served {lead}'s "
                        "mother and guards her secret.",
                        "{aide}, a dry old butler loyal only to {lead}.",
                    ],
                    "traits": ["loyal", "discreet", "dry"],
                    "speech": "Formal, brisk, calls {lead} 'miss'.",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "the family lawyer",
                    "description": [
                        "{wildcard}, the family lawyer who knows where the will is, for a price.",
                        "{wildcard}, a smooth lawyer who advises the "
                        "stepmother and winks at {lead}.",
                    ],
                    "traits": ["smooth", "mercenary", "observant"],
                    "speech": "Polished, ambiguous, always negotiating.",
                },
            },
            "locations": ["mansion", "bedroom", "office", "ballroom", "hospital"],
            "stakes": ["the inheritance", "Mother's house", "the family company", "the engagement"],
        },
    ],
    "schemes": [
        {
            "id": "frame_theft",
            "title": ["The Necklace in the Bag", "Thief at the Table"],
            "summary": "{schemer} plants stolen jewels on {lead}; {lead} needs {prop} to clear "
            "the name.",
            "scheme": "the missing necklace",
            "prop": "the security footage",
            "fact": "{schemer} slipped the necklace into {lead}'s bag.",
            "schemer": "rival",
        },
        {
            "id": "stolen_design",
            "title": ["Stolen Lines", "Who Drew It First"],
            "summary": "{schemer} presents {lead}'s work as their own and brands {lead} a "
            "copycat; {prop} holds the truth.",
            "scheme": "the design scandal",
            "prop": "the original sketches",
            "fact": "{schemer} stole {lead}'s design and called {lead} the thief.",
            "schemer": "rival",
        },
        {
            "id": "poison",
            "title": ["The Cup of Tea", "Something in the Cup"],
            "summary": "Someone drinks tampered tea poured by {lead}; {schemer} points every "
            "finger at {lead} until {prop} comes back.",
            "scheme": "the poisoned tea",
            "prop": "the lab report",
            "fact": "{schemer} spiked the tea and made sure {lead} served it.",
            "schemer": "wildcard",
        },
        {
            "id": "forged_will",
            "title": ["The Last Will", "Ink and Lies"],
            "summary": "A new will cuts {lead} out of everything; {schemer} reads it proudly "
            "while {prop} sits hidden.",
            "scheme": "the new will",
            "prop": "the real will",
            "fact": "{schemer} forged the will and hid the real one.",
            "schemer": "elder",
        },
        {
            "id": "fake_pregnancy",
            "title": ["The Pregnancy Claim", "A Baby on Paper"],
            "summary": "{schemer} claims a pregnancy to win {love} and {stake}; {prop} says "
            "otherwise.",
            "scheme": "the pregnancy claim",
            "prop": "the clinic records",
            "fact": "{schemer} faked the pregnancy with a bought scan.",
            "schemer": "rival",
            "genders": {"schemer": "female", "love": "male"},
        },
        {
            "id": "scandal_photos",
            "title": ["Trending for the Wrong Reasons", "The Photos"],
            "summary": "Doctored photos of {lead} flood the internet; {schemer} fans the fire "
            "until {prop} surface.",
            "scheme": "the leaked photos",
            "prop": "the raw files",
            "fact": "{schemer} doctored the photos and paid to leak them.",
            "schemer": "wildcard",
        },
        {
            "id": "sabotaged_launch",
            "title": ["Blackout", "The Launch Night"],
            "summary": "{lead}'s big launch crashes in front of investors; {schemer} blames "
            "{lead} until {prop} tell the story.",
            "scheme": "the failed launch",
            "prop": "the server logs",
            "fact": "{schemer} paid an insider to crash the launch.",
            "schemer": "wildcard",
        },
        {
            "id": "kidnapping",
            "title": ["Come Alone", "The Ransom Call"],
            "summary": "Someone {lead} loves is taken; {schemer} demands {stake} as ransom while "
            "{prop} holds the truth.",
            "scheme": "the kidnapping",
            "prop": "the dashcam video",
            "fact": "{schemer} arranged the kidnapping to force {lead}'s hand.",
            "schemer": "elder",
        },
        {
            "id": "contract_fraud",
            "title": ["The Fine Print", "Signed Away"],
            "summary": "A contract with {lead}'s signature hands {stake} to {schemer}; only "
            "{prop} can prove the fraud.",
            "scheme": "the contract breach",
            "prop": "the signed original",
            "fact": "{schemer} swapped a page in the contract after {lead} signed.",
            "schemer": "elder",
        },
        {
            "id": "fire_cover_up",
            "title": ["Ashes", "The Old Fire"],
            "summary": "An old fire that ruined {lead}'s family resurfaces; {schemer} buries the "
            "past until {prop} surfaces.",
            "scheme": "the warehouse fire",
            "prop": "the fire report",
            "fact": "{schemer} started the warehouse fire years ago and blamed {lead}'s father.",
            "schemer": "elder",
        },
    ],
    "twists": [
        {
            "id": "rival_swap",
            "known_by": ["rival"],
            "move": {
                "id": "twist-rival-swap",
                "beat": "twist",
                "tropes": [
                    "heiress",
                    "hidden_identity",
                    "ceo_romance",
                    "revenge",
                    "rebirth",
                    "secret_baby",
                    "stepmother",
                ],
                "action": [
                    "{lead} finds an old lab file. The original result has been whited out.",
                    "Under the lamp, two versions of one report. One signed by {rival}.",
                ],
                "lines": [
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": [
                            "Two reports. Two different results.",
                            "The original was altered. By hand.",
                        ],
                    },
                    {
                        "who": "rival",
                        "emotion": "afraid",
                        "say": [
                            "You were never supposed to find that.",
                            "I was a child! I didn't know!",
                        ],
                        "knows": ["twist"],
                    },
                ],
            },
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
            "fact": "{rival} swapped the test results years ago to bury the truth.",
        },
        {
            "id": "love_deal",
            "known_by": ["love", "elder"],
            "move": {
                "id": "twist-love-deal",
                "beat": "twist",
                "action": [
                    "Through a cracked door, {lead} sees {love} shake hands with {elder}.",
                    "A contract on {elder}'s desk carries {love}'s signature.",
                ],
                "lines": [
                    {
                        "who": "elder",
                        "emotion": "cold",
                        "say": [
                            "Remember our deal. Leave {lead} by Friday.",
                            "You signed. Keep your end of the bargain.",
                        ],
                        "knows": ["twist"],
                    },
                    {
                        "who": "love",
                        "emotion": "sad",
                        "say": [
                            "I remember. I'll keep my word.",
                            "I'll do it. Just leave {lead} alone.",
                        ],
                        "knows": ["twist"],
                        "direction": ["not seeing {lead} in the doorway", "eyes closed"],
                    },
                ],
            },
            "fact": "{love} made a secret deal with {elder} to leave {lead}.",
        },
        {
            "id": "sibling",
            "known_by": ["wildcard"],
            "move": {
                "id": "twist-sibling",
                "beat": "twist",
                "action": [
                    "{wildcard} places two birth certificates side by side in front of {lead}.",
                    "{wildcard} slides a DNA report across the table and waits, smiling.",
                ],
                "lines": [
                    {
                        "who": "wildcard",
                        "emotion": "smiling",
                        "say": [
                            "Hello, {lead}. We share a father.",
                            "Surprise. Blood is thicker than you think.",
                        ],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["That's a lie. My father had one child.", "That can't be right."],
                    },
                    {
                        "who": "wildcard",
                        "emotion": "calm",
                        "say": [
                            "Half of everything is mine. Let's talk.",
                            "Run the test. I already did.",
                        ],
                        "knows": ["twist"],
                    },
                ],
            },
            "fact": "{wildcard} is {lead}'s half-sibling, and wants a share of everything.",
        },
        {
            "id": "elder_crash",
            "known_by": ["elder"],
            "move": {
                "id": "twist-elder-crash",
                "beat": "twist",
                "tropes": [
                    "hidden_identity",
                    "ceo_romance",
                    "revenge",
                    "rebirth",
                    "secret_baby",
                    "werewolf",
                    "stepmother",
                ],
                "action": [
                    "Old police photos. {elder}'s car at the scene of the crash.",
                    "A dashcam tape, twenty years old, plays in {lead}'s trembling hand.",
                ],
                "lines": [
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": [
                            "Your car was there that night.",
                            "You were at the crash. You never said.",
                        ],
                    },
                    {
                        "who": "elder",
                        "emotion": "cold",
                        "say": [
                            "Some truths are better buried with the dead.",
                            "I did what had to be done.",
                        ],
                        "knows": ["twist"],
                    },
                ],
            },
            "tropes": [
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "werewolf",
                "stepmother",
            ],
            "fact": "{elder} caused the crash that took {lead}'s parents.",
        },
        {
            "id": "mother_alive",
            "known_by": ["elder"],
            "move": {
                "id": "twist-mother-alive",
                "beat": "twist",
                "tropes": [
                    "hidden_identity",
                    "ceo_romance",
                    "revenge",
                    "rebirth",
                    "secret_baby",
                    "werewolf",
                    "stepmother",
                ],
                "action": [
                    "A private clinic. Through the glass, a thin woman hums a lullaby.",
                    "{lead} pulls back a curtain. A woman with {lead}'s eyes looks up.",
                ],
                "lines": [
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": [
                            "Mother? You're alive? You're really alive?",
                            "It's you. They said you died.",
                        ],
                    },
                    {
                        "who": "elder",
                        "emotion": "scheming",
                        "say": [
                            "She was never meant to be found.",
                            "Close the curtain. You saw nothing.",
                        ],
                        "knows": ["twist"],
                    },
                ],
            },
            "tropes": [
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "werewolf",
                "stepmother",
            ],
            "fact": "{lead}'s mother is alive, hidden away by {elder} for years.",
        },
        {
            "id": "aide_planted",
            "known_by": ["aide"],
            "move": {
                "id": "twist-aide-planted",
                "beat": "twist",
                "action": [
                    "{aide} opens a locket. Inside, a photo of the woman who raised "
                    "{lead}, beside a younger {aide}.",
                    "{aide} hands {lead} an old letter, signed with a name {lead} knows by heart.",
                ],
                "lines": [
                    {
                        "who": "aide",
                        "emotion": "sad",
                        "say": [
                            "I promised her I'd protect you. Always.",
                            "She asked me to keep you safe. I did.",
                        ],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["You knew her? All this time?", "Why didn't you ever tell me?"],
                    },
                ],
            },
            "fact": "{aide} was placed beside {lead} years ago, a promise to the woman who raised "
            "{lead}.",
        },
        {
            "id": "not_blood",
            "known_by": ["elder"],
            "move": {
                "id": "twist-not-blood",
                "beat": "twist",
                "tropes": [
                    "hidden_identity",
                    "ceo_romance",
                    "revenge",
                    "rebirth",
                    "secret_baby",
                    "werewolf",
                    "stepmother",
                ],
                "action": [
                    "A hospital record slips from {elder}'s drawer. Blood types that can't match.",
                    "{rival} finds an old birth record in {elder}'s safe. The names are wrong.",
                ],
                "lines": [
                    {
                        "who": "elder",
                        "emotion": "afraid",
                        "say": [
                            "{rival} must never learn who the real parents are.",
                            "If this gets out, the family falls.",
                        ],
                        "knows": ["twist"],
                    },
                    {
                        "who": "rival",
                        "emotion": "shocked",
                        "say": [
                            "Whose child? What are you talking about?",
                            "{elder}? What does that paper say?",
                        ],
                    },
                ],
            },
            "tropes": [
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "werewolf",
                "stepmother",
            ],
            "fact": "{rival} is not a {family} by blood; {elder} has hidden it for years.",
        },
        {
            "id": "also_reborn",
            "known_by": ["wildcard"],
            "move": {
                "id": "twist-also-reborn",
                "beat": "twist",
                "tropes": ["rebirth"],
                "action": [
                    "{wildcard} leans close and whispers a date only the dead should know.",
                    "{wildcard} repeats, word for word, what {lead} heard in the first life.",
                ],
                "lines": [
                    {
                        "who": "wildcard",
                        "emotion": "smiling",
                        "say": [
                            "You're not the only one who came back.",
                            "I remember how you died. Do you?",
                        ],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["You... remember? All of it?", "You were there the first time."],
                    },
                ],
            },
            "tropes": ["rebirth"],
            "fact": "{wildcard} was reborn too, and remembers the first life.",
        },
        {
            "id": "fake_bond",
            "known_by": ["rival"],
            "move": {
                "id": "twist-fake-bond",
                "beat": "twist",
                "tropes": ["werewolf"],
                "action": [
                    "A charm of twisted roots falls from {rival}'s sleeve and smokes "
                    "on the ground.",
                    "A witch's receipt, signed in {rival}'s hand, is pinned to the "
                    "pack house door.",
                ],
                "lines": [
                    {
                        "who": "rival",
                        "emotion": "afraid",
                        "say": [
                            "That's not mine! Someone planted it!",
                            "Don't touch it! It's nothing!",
                        ],
                        "knows": ["twist"],
                    },
                    {
                        "who": "love",
                        "emotion": "furious",
                        "say": [
                            "A bond charm. You faked our bond?",
                            "This whole time, the bond was a spell?",
                        ],
                    },
                ],
            },
            "tropes": ["werewolf"],
            "fact": "{rival} used a witch's charm to fake a mate bond with {love}.",
        },
        {
            "id": "twins",
            "known_by": ["elder"],
            "move": {
                "id": "twist-twins",
                "beat": "twist",
                "tropes": ["secret_baby"],
                "action": [
                    "At the school gates, {lead} sees a second boy: the same face as her son.",
                    "Two identical boys stand face to face in the playground.",
                ],
                "lines": [
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["Two of them. I had two.", "That's my son. That's also my son."],
                    },
                    {
                        "who": "elder",
                        "emotion": "cold",
                        "say": [
                            "The heir belongs with the family.",
                            "One for you. One for us. Fair.",
                        ],
                        "knows": ["twist"],
                    },
                ],
            },
            "tropes": ["secret_baby"],
            "fact": "{lead} gave birth to twins, and {elder} took one away.",
        },
    ],
    "moves": [
        {
            "id": "hook-wine",
            "beat": "hook",
            "action": [
                "Engagement party. A glass of red wine hits {lead}'s face.",
                "{place}. Crystal shatters. Red wine drips from {lead}'s chin.",
                "Champagne toast. {rival} flings a full glass straight at {lead}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Look at you, still pretending you belong here.",
                        "Nobody invited trash to this party.",
                        "Red suits you. It matches the shame.",
                    ],
                    "direction": ["laughs, glass still raised", "playing to the crowd"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Enjoy that glass. It's the last one you pour here.",
                        "Throw another. I'm adding them to your bill.",
                    ],
                    "direction": ["wipes the wine away, smiles", "doesn't blink"],
                },
            ],
        },
        {
            "id": "hook-rain",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "Night rain. A suitcase tumbles down the steps after {lead}.",
                "Thunder. {lead}'s bags land in a puddle outside {place}.",
                "The front door bangs open. {lead}'s belongings fly into the rain.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "From tonight, this door is closed to you.",
                        "You are no longer welcome under this roof.",
                        "Take your things and never darken this door.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["Don't forget your cheap shoes.", "Wave goodbye to the good life."],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "I'm leaving by these steps. I'll return by the front door.",
                        "Keep the roof. I'm coming back for the house.",
                        "Lock it tight. You'll be unlocking it for me.",
                    ],
                    "direction": ["picks up the suitcase, unhurried", "rain running down the face"],
                },
            ],
        },
        {
            "id": "hook-ring",
            "beat": "hook",
            "action": [
                "A diamond ring bounces across the marble to {lead}'s feet.",
                "{love} slides a ring box back across the table without a word.",
                "{rival} holds up {love}'s hand. The ring {lead} chose sparkles on it.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "The engagement is off. I'm sorry.",
                        "I can't marry you. Not anymore.",
                        "It's over between us. Don't make a scene.",
                    ],
                    "direction": ["looking anywhere but at {lead}", "jaw tight"],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Some people just aren't meant to be chosen.",
                        "Don't cry. It was never really yours.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Keep the ring. I kept the receipts.",
                        "Fine. Now watch what you just threw away.",
                    ],
                },
            ],
        },
        {
            "id": "hook-kneel",
            "beat": "hook",
            "action": [
                "{lead} is shoved to the floor before the whole family.",
                "The family stands in a half circle. {lead} is pushed to kneel.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Kneel and apologize, or leave with nothing.",
                        "On your knees. Say sorry to {rival}, now.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Louder. The guests in the back can't hear you.",
                        "Go on. Beg like you mean it.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I'll stand. Apologies are for the guilty.",
                        "I don't kneel. Not tonight, not ever.",
                    ],
                    "direction": ["rises slowly", "brushes off the dust"],
                },
            ],
        },
        {
            "id": "hook-invite",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "An invitation is torn in two and dropped at {lead}'s feet.",
                "Security blocks the door of {place}. {rival} waves a torn invitation.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "No invitation, no entry. Security, remove this one.",
                        "Your name isn't on the list. It never will be.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "Step aside. You have no idea who this is.",
                        "Careful. You're blocking the wrong guest.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Let them enjoy the door. I'll remember who held it.",
                        "Leave it. I'd rather see who let them in.",
                    ],
                },
            ],
        },
        {
            "id": "hook-wrist",
            "beat": "hook",
            "action": [
                "A hand swings toward {lead}'s face. {lead} catches the wrist.",
                "{elder}'s hand flies up. {lead} stops it an inch from contact.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "furious",
                    "say": ["How dare you raise a hand to me?", "Let go of me this instant."],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "You won't ever lift a hand to me again.",
                        "Once was enough. Never again.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "Since when does {lead} fight back?",
                        "Did that nobody just grab your wrist?",
                    ],
                },
            ],
        },
        {
            "id": "hook-bill",
            "beat": "hook",
            "action": [
                "Hospital desk. A nurse slaps down an unpaid bill in front of {lead}.",
                "Hospital corridor. A stamped notice on the door: PAYMENT OVERDUE.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Can't pay? Then crawl and ask nicely.",
                        "Beg me, and maybe I'll cover it.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Keep your money. You'll need every cent soon.",
                        "I'll pay this. Then you'll pay for everything.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "The transfer just cleared. Every bill, paid in full.",
                        "Done. The whole ward is covered, as you asked.",
                    ],
                },
            ],
        },
        {
            "id": "hook-files",
            "beat": "hook",
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
            "action": [
                "A stack of files crashes onto {lead}'s desk. Coffee spills across it.",
                "{rival} sweeps {lead}'s work off the desk in front of the whole office.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Clean it up. That's all you're good for.",
                        "Redo all of it by morning, or you're fired.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "By morning, you'll be the one clearing a desk.",
                        "Fine. Read page four before you sign anything.",
                    ],
                    "direction": ["picks up one file, reads it, smiles", "stacks the files neatly"],
                },
            ],
        },
        {
            "id": "hook-phones",
            "beat": "hook",
            "action": [
                "A ring of raised phones films {lead} on the floor of {place}.",
                "Guests lift their phones. A livestream counter climbs past ten thousand.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Smile. Ten thousand people are watching you fall.",
                        "Say hello to the internet, nobody.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Keep filming. They'll want the ending too.",
                        "Good. Let everyone see what happens next.",
                    ],
                    "direction": ["looks straight into a lens", "stands, spine straight"],
                },
            ],
        },
        {
            "id": "hook-funeral",
            "beat": "hook",
            "action": [
                "Funeral. Rain on black umbrellas. {rival} smiles behind a veil.",
                "A coffin draped in white lilies. {lead} is stopped at the chapel door.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "You don't get to mourn with this family.",
                        "Stand at the back. Family only up front.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Cry louder. Maybe someone will believe it.",
                        "Such pretty tears. Practiced them all week?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "I'm the only one here actually grieving.",
                        "I didn't come to cry. I came to listen.",
                    ],
                },
            ],
        },
        {
            "id": "hook-roadside",
            "beat": "hook",
            "action": [
                "A car brakes hard on a dark road. The door flies open.",
                "Headlights. Rain. {lead} is pushed out onto the roadside gravel.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": ["Walk home. If you still have one.", "Out. This car is for family."],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Drive safe. The road gets rough from here.",
                        "Go. I know exactly where I'm going.",
                    ],
                    "direction": [
                        "stands alone in the headlights",
                        "watches the tail lights vanish",
                    ],
                },
            ],
        },
        {
            "id": "hook-contract-torn",
            "beat": "hook",
            "action": [
                "{elder} tears a contract in half and lets it fall.",
                "Paper halves float to the floor between {lead} and {elder}.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Your deal is dead. So is your future here.",
                        "That's what your signature is worth in this house.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Years of work, torn in a second. Beautiful.",
                        "Want some tape? It won't help.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "You tore a copy. The original is already signed.",
                        "That was paper. The deal was never yours to tear.",
                    ],
                },
            ],
        },
        {
            "id": "hook-soup",
            "beat": "hook",
            "action": [
                "Restaurant. {rival} tips a bowl of soup into {lead}'s lap.",
                "{place}. A tray crashes. Soup splashes across {lead}'s clothes.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Oops. Waiters should be used to this.",
                        "Clumsy me. Good thing it's a cheap outfit.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Your tab just became very expensive.",
                        "I'll send you the cleaning bill, with interest.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Now this dinner is getting interesting.",
                        "I came for the food. I'm staying for this.",
                    ],
                },
            ],
        },
        {
            "id": "hook-wedding",
            "beat": "hook",
            "action": [
                "Wedding aisle. The vows begin. The doors swing open on {lead}.",
                "The chapel doors bang open. Every head turns to {lead}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["What are you doing here? Get out!", "Security! Who let this one in?"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": [
                        "{lead}? You're supposed to be gone.",
                        "You came back. Why now, of all days?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Don't stop on my account. Finish your vows.",
                        'Go on, say "I do." I\'ll wait.',
                    ],
                },
            ],
        },
        {
            "id": "hook-table",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "Family dinner. {lead}'s chair is pulled away. {lead} remains standing.",
                "Place cards line the long table. None of them says {lead}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "The staff eat in the kitchen, remember?",
                        "Your seat is in the kitchen, with the help.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Sit where you're told, or don't sit at all.",
                        "At my table, you eat last.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I'll stand. I won't be staying long.",
                        "Standing suits me. I like to see every face.",
                    ],
                },
            ],
        },
        {
            "id": "hook-smear",
            "beat": "hook",
            "action": [
                "A crowd parts. A sign reads LIAR in red paint over {lead}'s door.",
                "Flyers rain from the balcony. Every one has {lead}'s face on it.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Everyone knows what you are now.",
                        "Read it out loud. Your fans want to hear.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Paint dries. So will your luck.",
                        "Hand me one. I'll frame it for the trial.",
                    ],
                },
            ],
        },
        {
            "id": "hook-pool",
            "beat": "hook",
            "action": [
                "Garden party. A push. {lead} splashes into the pool, fully dressed.",
                "{lead} climbs out of the pool, soaked, as the guests laugh.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Whoops. Cool off, charity case.",
                        "Swim back to wherever you came from.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["Who did this? Who pushed {lead}?", "Somebody get a towel. Now."],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Nobody move. I want to remember every face.",
                        "Laugh now. It's the last free thing here.",
                    ],
                },
            ],
        },
        {
            "id": "hook-card-declined",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "A card machine beeps. DECLINED flashes. {rival} laughs behind {lead}.",
                "Boutique counter. The clerk slides {lead}'s card back, declined.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Frozen? Shame. Want me to buy you a scarf?",
                        "Declined. Just like you.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Try the other card. The black one.",
                        "Run it again. Then call your manager.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Allow me. Put it on this account.",
                        "The account was switched. Use this one instead.",
                    ],
                },
            ],
        },
        {
            "id": "hook-divorce",
            "beat": "hook",
            "tropes": ["hidden_identity", "ceo_romance", "revenge", "rebirth"],
            "action": [
                "Divorce papers slap onto the table in front of {lead}.",
                "{elder} drops a pen on the papers. One signature missing.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Sign it, then get out of this family.",
                        "Sign, take nothing, and never use our name.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": ["Just sign it, {lead}. Please.", "Don't make this harder than it is."],
                    "direction": ["won't look up", "twisting the ring"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Gladly. You'll regret the ink, not me.",
                        "I'll sign. Remember that you asked.",
                    ],
                },
            ],
        },
        {
            "id": "hook-mate-reject",
            "beat": "hook",
            "tropes": ["werewolf"],
            "action": [
                "Full moon. The pack circles as the Alpha faces {lead}.",
                "Torches ring the moon clearing. {love} steps forward, cold-eyed.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "I, {love}, reject you as my mate.",
                        "Before the pack, I reject this bond.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Say goodbye to the Luna title, stray.",
                        "Run along, omega. The pack has spoken.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "I accept. One day you'll beg for this bond.",
                        "Accepted, Alpha. Remember this night.",
                    ],
                    "direction": ["eyes flicker silver, then go dark", "does not bow"],
                },
            ],
        },
        {
            "id": "hook-wolf-hunt",
            "beat": "hook",
            "tropes": ["werewolf"],
            "action": [
                "Moonlit forest. Three she-wolves corner {lead} against a pine.",
                "Snapping branches. {rival}'s friends block every path out of the woods.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "No wolf of your own, and no way out.",
                        "Shift, weakling. Oh wait, you can't.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Touch me and the elders hear everything.",
                        "Back away. You don't know what's waking up.",
                    ],
                },
            ],
        },
        {
            "id": "hook-reborn",
            "beat": "hook",
            "tropes": ["rebirth"],
            "action": [
                "{lead} gasps awake in bed. The calendar reads five years ago.",
                "{lead} jolts upright, touching an unbroken wrist. The phone shows the old date.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "I'm back. This time, I won't die for them.",
                        "Same day. Same trap. Different ending.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "shocked",
                    "say": [
                        "Miss, you're shaking. Another nightmare?",
                        "You screamed. Should I call someone?",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smiling",
                    "say": [
                        "Sister, the party's starting. Wear the white dress.",
                        "Hurry down. Mother is waiting for you.",
                    ],
                },
            ],
        },
        {
            "id": "hook-lookalike",
            "beat": "hook",
            "tropes": ["secret_baby"],
            "action": [
                "A small boy runs into {love}'s legs. They share the same eyes.",
                "School gates. A boy in a tiny suit stares up at {love}, frowning exactly alike.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["Whose child is this?", "Why does this boy look like me?"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Not yours. Come here, sweetheart.",
                        "He's nobody you know. We're leaving.",
                    ],
                    "direction": ["pulls the boy close", "stepping between them"],
                },
            ],
        },
        {
            "id": "hook-mop",
            "beat": "hook",
            "tropes": ["stepmother"],
            "action": [
                "Dawn. {elder} kicks a mop bucket over at {lead}'s feet.",
                "Grey water spreads across the marble. {elder} points at it.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Scrub it again. Your mother isn't here to save you.",
                        "The floor's still dirty. So are you.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["Missed a spot, Cinderella.", "Polish my shoes after. The red ones."],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Enjoy the clean floor. You won't own it long.",
                        "I'll scrub. I'm memorizing every tile I own.",
                    ],
                },
            ],
        },
        {
            "id": "hook-apron",
            "beat": "hook",
            "tropes": ["hidden_identity"],
            "action": [
                "Family banquet. {elder} hands {lead} an apron instead of a chair.",
                "Birthday banquet. {lead} carries a tray while the {family} family toasts.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "mocking",
                    "say": [
                        "A live-in son-in-law serves. He doesn't sit.",
                        "Pour the wine. That's your job here.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Three years married and still a waiter.",
                        "How does it feel to be the family dog?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I'll pour. Watch who drinks to whom tomorrow.",
                        "Enjoy the service tonight. It won't last.",
                    ],
                },
            ],
        },
        {
            "id": "hook-coffee",
            "beat": "hook",
            "tropes": ["ceo_romance"],
            "action": [
                "Elevator doors open. {lead} spills coffee down {love}'s white shirt.",
                "Lobby collision. Coffee, papers, and the CEO's ruined tie.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": ["Do you know what this shirt costs?", "Whoever you are, you're fired."],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Bill me. I don't work for you.",
                        "Can't fire me. I'm not your employee. Yet.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Security will show you out, sweetie.",
                        "Interns really are getting bolder.",
                    ],
                },
            ],
        },
        {
            "id": "hook-return",
            "beat": "hook",
            "tropes": ["revenge"],
            "action": [
                "A woman in red steps from a limousine. Flashbulbs burst. It's {lead}.",
                "Gala red carpet. Cameras turn from {rival} to the woman behind her.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "You're supposed to be in prison.",
                        "No. You can't be here. You're finished.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": [
                        "Surprised? You should have checked on me.",
                        "I'm back. Did you miss me?",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "shocked",
                    "say": [
                        "Five years, and you look better than ever.",
                        "So the rumors were true. You're out.",
                    ],
                },
            ],
        },
        {
            "id": "hook-frame-theft",
            "beat": "hook",
            "schemes": ["frame_theft"],
            "action": [
                "A diamond necklace slides out of {lead}'s handbag. Gasps.",
                "Security empties {lead}'s bag on the table. A necklace glitters out.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": [
                        "Check the side pocket. I told you.",
                        "There it is. Exactly where I said.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": ["Tell me you didn't take it.", "Just explain this. Please."],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I never touched it. The cameras will say so.",
                        "Call the police. And pull every camera.",
                    ],
                },
            ],
        },
        {
            "id": "hook-stolen-design",
            "beat": "hook",
            "schemes": ["stolen_design"],
            "action": [
                "Launch night. The screen shows {lead}'s design under {schemer}'s name.",
                "Runway lights. {schemer} takes a bow for {lead}'s collection.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": [
                        "My design, my night. Try proving otherwise.",
                        "Who'd believe a nobody drew this?",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "People say you copied it. Did you?",
                        "They're calling you a copycat. Is it true?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "I drew every line of it. I'll prove it.",
                        "Give us both a pencil. See who finishes.",
                    ],
                },
            ],
        },
        {
            "id": "hook-poison",
            "beat": "hook",
            "schemes": ["poison"],
            "action": [
                "A teacup shatters on the floor. Every eye turns to {lead}.",
                "A guest clutches the table and sinks down. The teapot sits by {lead}'s hand.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "cold",
                    "say": [
                        "You poured that tea. Everyone saw it.",
                        "Those were your hands on the pot.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "Nobody touch that cup. It's evidence.",
                        "Bag the cup. Call a doctor, now.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I poured it. I didn't put anything in it.",
                        "Test the tea. Then test who brewed it.",
                    ],
                },
            ],
        },
        {
            "id": "hook-forged-will",
            "beat": "hook",
            "schemes": ["forged_will"],
            "action": [
                "A lawyer reads the will aloud. {lead}'s name never comes.",
                "The study. A sealed envelope opens. {schemer} is already smiling.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": [
                        "Every share goes to me. It's in writing.",
                        "The will is clear. You get nothing at all.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "That signature is wrong. I've seen it for years.",
                        "The ink looks fresh for a will that old.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Read it again, slowly. Then check the date.",
                        "Enjoy it while the ink is still wet.",
                    ],
                },
            ],
        },
        {
            "id": "hook-fake-pregnancy",
            "beat": "hook",
            "schemes": ["fake_pregnancy"],
            "action": [
                "{schemer} holds up an ultrasound photo before the whole family.",
                "Dinner stops. A scan photo lands on the table beside {love}'s plate.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": [
                        "There's a baby on the way. Everything changes now.",
                        "A baby. So you'd better step aside.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": [
                        "That's impossible. When could this even happen?",
                        "I don't remember any of this.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Congratulations. Which clinic did the scan?",
                        "Lovely photo. Who took it?",
                    ],
                },
            ],
        },
        {
            "id": "hook-scandal-photos",
            "beat": "hook",
            "schemes": ["scandal_photos"],
            "action": [
                "Every phone in the room buzzes. {lead}'s photos flood the screens.",
                "A billboard flickers. A blurred photo of {lead}, captioned SCANDAL.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": [
                        "Trending number one. Congratulations, {lead}.",
                        "Those photos will follow you forever.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "angry",
                    "say": ["Tell me those photos are fake.", "Explain the pictures. Right now."],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Zoom in. Look at the shadows.",
                        "Look closer. The light is all wrong.",
                    ],
                },
            ],
        },
        {
            "id": "hook-sabotaged-launch",
            "beat": "hook",
            "schemes": ["sabotaged_launch"],
            "action": [
                "Launch event. The giant screen glitches, then goes black.",
                "Investors stand to leave as the demo freezes on an error.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": [
                        "What a shame. Your big night, ruined.",
                        "Investors are walking. Who could have guessed?",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "The servers are down. Someone pulled the plug.",
                        "The system was wiped ten minutes ago.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Keep the cameras rolling. Nobody leaves yet.",
                        "Lock the doors. The show isn't over.",
                    ],
                },
            ],
        },
        {
            "id": "hook-kidnapping",
            "beat": "hook",
            "schemes": ["kidnapping"],
            "action": [
                "{lead}'s phone lights up: a photo of {love}, blindfolded in the dark.",
                "An empty room, a chair on its side, a phone ringing on the floor.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "cold",
                    "say": [
                        "Come alone. Bring {stake}. Tell no one.",
                        "Sign over {stake}, and they walk free.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Harm them, and you'll never hide again.",
                        "I'm coming. You'll regret every second.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "Tracing the call. Give me thirty seconds.",
                        "Keep them talking. I've nearly got a location.",
                    ],
                },
            ],
        },
        {
            "id": "hook-contract-fraud",
            "beat": "hook",
            "schemes": ["contract_fraud"],
            "action": [
                "A contract slams on the table. {lead}'s signature sits at the bottom.",
                "Boardroom. A page is projected: {lead}'s name above a ruinous clause.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": [
                        "You signed it. {stake} is mine now.",
                        "Your signature, your ruin. Read the fine print.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "That's my name. It isn't my page.",
                        "I never signed that clause. Not once.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "Clause nine wasn't in the draft we saw.",
                        "Page three changed. The font doesn't even match.",
                    ],
                },
            ],
        },
        {
            "id": "hook-fire",
            "beat": "hook",
            "schemes": ["fire_cover_up"],
            "action": [
                "An old newspaper: WAREHOUSE FIRE, FAMILY RUINED. {lead} stares at it.",
                "A smoke-stained photo in {lead}'s hand. Twenty years old.",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "cold",
                    "say": [
                        "Some fires are best left buried.",
                        "Dig up that fire and you'll get burned.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Someone lit that fire. I'll find out who.",
                        "That fire took everything. I want the truth.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "The fire report was sealed, by someone powerful.",
                        "The file vanished the week after the fire.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-ultimatum",
            "beat": "stakes",
            "action": [
                "{elder} sets down a teacup with a sharp click.",
                "{elder} stands at the head of the table, everyone silent.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{stake} is decided tonight. Nobody interferes.",
                        "Tonight {stake} is settled. Stay out of it.",
                        "By midnight, {stake} is settled. No one interferes.",
                        "This ends tonight. {stake} is not up for debate.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "Don't fight this. You'll only lose.",
                        "Please. Let it go, just this once.",
                        "Walk away. You can't win this one.",
                        "Please don't push. They'll crush you.",
                    ],
                    "direction": ["a hand on {lead}'s arm", "voice low"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Then I'll lose loudly.",
                        "I don't lose. I just lose patience.",
                        "Let them try. I never fall quietly.",
                        "I've lost before. I've never stayed down.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-deadline",
            "beat": "stakes",
            "action": [
                "{aide} hurries in with a tablet and shuts the door.",
                "{aide} lowers the phone, face tight.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "We have one day before {stake} is gone.",
                        "Twenty-four hours. After that, {stake} is theirs.",
                        "One day left. Then {stake} slips away for good.",
                        "We lose {stake} at this time tomorrow.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "One day is plenty. Start with the weakest link.",
                        "Then we move tonight. Get me the files.",
                        "Twenty-four hours is generous. Pull every file.",
                        "Enough time. Who's the weakest of them?",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Already on it. The car is downstairs.",
                        "Copies are printing. Your car's waiting.",
                        "The car's out front. Files are on the back seat.",
                        "Way ahead of you. The driver's waiting downstairs.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-choice",
            "beat": "stakes",
            "action": [
                "{love} blocks the doorway, arms crossed.",
                "Rain on the window. {love} won't turn around.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "My family or you. I can't have both.",
                        "They'll cut me off if I stand with you.",
                        "It's them or you. They made me choose.",
                        "If I pick you, I lose my family.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Then don't pretend you're choosing.",
                        "You've already chosen. Just say it out loud.",
                        "You chose the moment you hesitated.",
                        "Stop pretending this is hard for you.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "crying",
                    "say": [
                        "It isn't that simple.",
                        "You don't know what they're holding over me.",
                        "You don't understand what they'd do.",
                        "It's not that easy, and you know it.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-claim",
            "beat": "stakes",
            "action": [
                "{rival} straightens {lead}'s collar, smiling too sweetly.",
                "{rival} leans close, perfume and poison.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "{stake} is mine. Everyone already agreed.",
                        "Face it. {stake} was promised to me.",
                        "{stake} belongs to me. It's been signed off.",
                        "Everyone agreed. {stake} is already mine.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Everyone agreed except me. Funny, that.",
                        "Promises break. Ask anyone who trusted you.",
                        "Everyone? I don't remember signing anything.",
                        "Agreements break. Yours will break first.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "You and what army?",
                        "Cute. Really. Go back to your corner.",
                        "Says who? You and your thrift-store shoes?",
                        "Adorable. Go find somewhere cheaper to stand.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-odds",
            "beat": "stakes",
            "action": [
                "{wildcard} swirls a drink, watching {lead} over the rim.",
                "{wildcard} leans on the bar, amused.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Half this room is betting against you.",
                        "The smart money says you're finished by Friday.",
                        "Most of this room thinks you're already finished.",
                        "The betting pool says you won't last the week.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Good. Better odds for me.",
                        "Then the smart money is about to get poorer.",
                        "Let them bet. I like long odds.",
                        "Then everyone here is about to lose money.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "I might place a small bet on you.",
                        "Careful. I'm starting to like you.",
                        "Maybe I'll quietly put a little on you.",
                        "Don't make me root for you. It's unfashionable.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-family-vote",
            "beat": "stakes",
            "action": [
                "The family gathers in the study. {elder} taps a document.",
                "{elder} unrolls a family agreement. Every signature but one.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "The family votes on {stake} at noon.",
                        "Noon tomorrow, {stake} goes to the vote.",
                        "At noon, the family votes on {stake}.",
                        "{stake} goes before the family at twelve sharp.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Every vote is already mine. Counted twice.",
                        "You'll watch from the hallway, naturally.",
                        "I've counted the votes twice. All mine.",
                        "Bring a chair for the hallway. You'll watch from there.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Count again at noon.",
                        "Votes change. Loyalty is for sale here.",
                        "Count them again at noon. Carefully.",
                        "Votes move. Everyone in this family has a price.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-nobody",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{elder} looks {lead} up and down like a stain on the carpet.",
                "{elder} doesn't even look up from the papers.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "People like you don't touch {stake}.",
                        "Someone like you gets no say in {stake}.",
                        "{stake} is not for people of your kind.",
                        "Your sort has no business near {stake}.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Know your place. It's behind the kitchen door.",
                        "Nobodies don't get a vote, sweetheart.",
                        "The servants' entrance is round the back, dear.",
                        "People like you don't get a seat here.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "You have no idea whose place this is.",
                        "Funny. I was about to say the same.",
                        "You don't know whose house you're standing in.",
                        "Careful. You may regret who you just insulted.",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "stakes-check",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{elder} slides a check across the table with two fingers.",
                "A fat envelope lands at {lead}'s feet.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Take this and disappear by morning.",
                        "Name your price, then vanish.",
                        "Cash this and be gone by dawn.",
                        "Here's a check. Leave town tonight.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Keep it. You'll need every cent.",
                        "That's not even my pocket money.",
                        "Hold on to that. You'll be short soon.",
                        "I've tipped waiters more than this.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Shall I tell them now?",
                        "One word from you and I end this.",
                        "Say the word and I'll tell them.",
                        "Do I end this now, or wait?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Not yet. I want to see how low they go.",
                        "No. Let them dig deeper first.",
                        "Wait. I want to see how far they sink.",
                        "Not tonight. Let them bury themselves further.",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "stakes-whisper",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{aide} leans in and whispers. Across the room, {rival} watches.",
                "In a corridor, {aide} hands {lead} a folder, voice low.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "One call, and they'd all be on their knees.",
                        "The board is ready. Say the word.",
                        "One phone call and this whole room kneels.",
                        "Everyone's in position. Just give the signal.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Not yet. Let them show their real faces.",
                        "Wait. I want everything they say on record.",
                        "Hold off. Let them show who they are.",
                        "Patience. I want every word recorded.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "What are you two whispering about?",
                        "Plotting with the help now? How sad.",
                        "Secrets with the staff? How pathetic.",
                        "Whispering in corners? What are you two hiding?",
                    ],
                },
            ],
        },
        {
            "id": "stakes-doubt",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{love} stops {lead} at the foot of the stairs.",
                "{love} studies {lead} as if seeing a stranger.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "Who are you, really?",
                        "You're hiding something. I can feel it.",
                        "Tell me who you really are.",
                        "There's something you're not telling me.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Someone you should have trusted.",
                        "Ask me again when you're ready to listen.",
                        "The one person you should have believed.",
                        "Ask me when you actually want the answer.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "I want to believe you. I just can't.",
                        "Then give me one reason to stay.",
                        "I want to trust you. I can't.",
                        "Say something that makes me stay.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-curious",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{wildcard} steps out of the shadows, applauding slowly.",
                "{wildcard} hands {lead} a glass, eyes sharp.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "You don't act like a nobody.",
                        "Nobody that poor stands that straight.",
                        "Funny. You don't carry yourself like a nobody.",
                        "Nobodies don't look at people like that.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "And you don't act like a friend.",
                        "Curiosity gets people hurt here.",
                        "And you don't carry yourself like a friend.",
                        "Curious people end up hurt around here.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "I'll find out. I always do.",
                        "Secrets are my favorite currency.",
                        "I'll dig it up. I always do.",
                        "Every secret comes out. I'll be first.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-gloat",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{rival} twirls a pen over the documents for {stake}.",
                "{rival} admires a reflection in the window, talking over a shoulder.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "When I win {stake}, you'll serve at my table.",
                        "After tomorrow, you'll beg me for scraps.",
                        "Once {stake} is mine, you'll pour my wine.",
                        "After tomorrow, you'll be begging at my door.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Save me a seat. The one at the head.",
                        "I'll bring the dessert. You'll need something sweet.",
                        "Keep a chair for me. At the head.",
                        "I'll bring dessert. You'll want comfort food.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-sign-away",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{elder} lays out a paper and a pen in front of {lead}.",
                "A lawyer's folder opens. The line for {lead}'s signature is marked.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Renounce any claim to {stake}. Sign.",
                        "Sign this, and we'll forget you existed.",
                        "Sign away your claim to {stake}. Now.",
                        "Put your name here, and you never existed.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "It's the nicest offer you'll ever get.",
                        "Sign it. Save us all the embarrassment.",
                        "Take it. Nobody will ever offer better.",
                        "Just sign. Nobody needs to see you cry.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I'll sign after you read who I am.",
                        "Keep the pen. You'll want it for your confession.",
                        "I'll sign once you learn who I am.",
                        "Save your pen for your own confession.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-servant",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{rival} tosses a coat at {lead}.",
                "{rival} snaps fingers at {lead} across the room.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Hang that up, servant. And be quick.",
                        "Fetch my coat. Isn't that your job?",
                        "Take my coat, servant. Don't dawdle.",
                        "Coat. Now. That's what you're paid for.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "angry",
                    "say": [
                        "Watch how you speak to {lead}.",
                        "Say that again. I dare you.",
                        "Mind your tone with {lead}.",
                        "Repeat that. Go on, I'm listening.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Let it go. The coat will need a new owner.",
                        "Leave it. Some people learn the hard way.",
                        "Leave it. That coat changes owners soon.",
                        "Let it be. Some lessons come expensive.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-bargain",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{elder} pours tea with shaking hands and pushes a cup toward {lead}.",
                "{elder} waits at the door of {place}, smiling for the first time.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "pleading",
                    "say": [
                        "You're {identity}. Surely we can talk as family.",
                        "Now that you're {identity}, let's start over.",
                        "You're {identity}. We can talk like family.",
                        "{identity}. Let's begin again, as family.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Family? You threw me out in the rain.",
                        "You only call it family when I'm worth something.",
                        "Family? You put me out in the rain.",
                        "I'm family only when I'm worth something.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "Name your terms. Anything.",
                        "Please. Think of what we shared.",
                        "Tell me your terms. I'll agree.",
                        "Please. Remember what we once had.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-fear",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{rival} grips the back of a chair, knuckles white.",
                "{rival} corners {lead} in the hallway, voice shaking.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "You planned this from the start, didn't you?",
                        "All this time, you let me mock {identity}.",
                        "You planned every step of this, didn't you?",
                        "I mocked {identity} to your face. All along.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "From the day you smiled at me.",
                        "You did all the work. I just watched.",
                        "Since the first day you smiled at me.",
                        "You did the work. I only watched.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "I'll find a way. I always do.",
                        "You won't keep {stake}. I swear it.",
                        "This isn't over. I'll find a way.",
                        "{stake} won't stay yours. I promise you.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-title-or-not",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{rival} tears down a banner bearing {lead}'s new title.",
                "{rival} smiles for the cameras, hissing through the smile.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "Being {identity} won't save {stake}.",
                        "{identity} or not, {stake} stays mine.",
                        "Your title as {identity} won't protect {stake}.",
                        "Call yourself {identity}. {stake} is still mine.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "It already has. Check your email.",
                        "Try me. I've been waiting for your best.",
                        "It already did. Read your inbox.",
                        "Go ahead. I've waited for your best.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-votes",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{elder} slams a hand on the boardroom table.",
                "{elder} rises, leaning on a cane, eyes hard.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{identity} or not, this family still votes.",
                        "You're {identity}. Here, you're still a guest.",
                        "Being {identity} doesn't cancel the family vote.",
                        "You may be {identity}. Here you're a guest.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Count the votes. I already did.",
                        "Then vote. I bought the chairs you sit on.",
                        "I counted the votes before you did.",
                        "Vote, then. I paid for those chairs.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Seventy percent of the shares. Signed this morning.",
                        "The proxies are all here. Every one.",
                        "Seventy percent. The signatures came in this morning.",
                        "Every proxy is here. Signed and dated.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-guilt",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{love} stands in the doorway, holding the old engagement photo.",
                "Rooftop at night. {love} won't come any closer.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "You were {identity} all along. Why not tell me?",
                        "All those insults, and you were {identity}.",
                        "{identity}, all this time. Why didn't you say?",
                        "I insulted {identity} and never knew.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "You never asked who I was. Only what.",
                        "Would you have stayed if I had?",
                        "You asked what I was, never who.",
                        "If I'd told you, would you have stayed?",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "pleading",
                    "say": [
                        "Give me one chance to make it right.",
                        "I'll stand with you now. Publicly.",
                        "Let me make this right. One chance.",
                        "I'll stand beside you now. In public.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-offer",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{wildcard} slides a business card across the table.",
                "{wildcard} raises a glass to {lead} from across the room.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Ally with me, and {stake} is yours tomorrow.",
                        "{identity} needs friends. I'm very friendly.",
                        "Partner with me. {stake} is yours by morning.",
                        "Even {identity} needs allies. I'm available.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "I don't share. Not anymore.",
                        "Your friendship has a price tag. I read it.",
                        "I stopped sharing a long time ago.",
                        "Your friendship has a price. I've seen it.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Then I'll be the enemy you can't ignore.",
                        "Pity. We'd have been unstoppable.",
                        "Then I'll be an enemy you can't ignore.",
                        "Shame. We'd have been a lovely disaster.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-fawn",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "Guests crowd around {lead}, offering hands and business cards.",
                "The same people who laughed last week now line up to bow.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "Look at them. They're all fawning over you now.",
                        "Yesterday they spat at you. Now they kneel?",
                        "Look at them all, fawning over you now.",
                        "They spat on you yesterday. Today they bow?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "They fawned over you too. Remember how that ended.",
                        "Crowds follow power. Yours just left.",
                        "They fawned over you once. Remember how that ended?",
                        "Crowds chase power. Yours just walked out.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Loyalty in this city lasts one news cycle.",
                        "Fascinating how fast a room can turn.",
                        "Loyalty here expires with the morning news.",
                        "Amazing how quickly a room changes sides.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-come-home",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{elder} waits by the car, holding an umbrella out to {lead}.",
                "{elder} stands at the gates of {place}, no servants behind.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "pleading",
                    "say": [
                        "I was wrong. Come home.",
                        "The door is open. Your room is ready.",
                        "I was wrong. Please come home.",
                        "Your room is waiting. The door is open.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Home is where you left me standing in the rain.",
                        "I have a home. You're standing outside it.",
                        "Home is the step you left me on.",
                        "I have a home. You're not in it.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "crying",
                    "say": [
                        "Please. The family needs {identity} now.",
                        "Without you, {stake} is lost. Please.",
                        "The family needs {identity}. Please come back.",
                        "Without you, we lose {stake}. I'm begging.",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "rev-folder",
            "beat": "reversal",
            "action": [
                "{lead} lays a folder on the table and slides it across.",
                "A thick envelope lands in front of {elder}. {lead} taps it once.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Read it. Then tell me who's lying.",
                        "Page one. Take your time.",
                        "Read it. Then tell me who lied.",
                        "Start on page one. No rush.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "This... this can't be true.",
                        "Where did you get this?",
                        "This can't be right. It can't.",
                        "Where did this come from?",
                    ],
                    "direction": ["the paper trembles", "reading it twice"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Keep reading. Page two is worse.",
                        "From the people you trusted most.",
                        "Keep going. Page two is worse.",
                        "It came from people you trusted.",
                    ],
                },
            ],
        },
        {
            "id": "rev-recording",
            "beat": "reversal",
            "action": [
                "{lead} lifts a phone. A recording plays: {rival}'s voice, unmistakable.",
                "A voice memo fills the silent room. Everyone turns to {rival}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "That's fake! Turn it off!",
                        "That isn't me. Anyone can fake a voice.",
                        "That's fake! Shut it off!",
                        "That's not me. Voices can be faked.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "There are forty more minutes. Shall I keep going?",
                        "The full file is already with my lawyer.",
                        "Forty minutes left. Should I continue?",
                        "My lawyer has the full file already.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": [
                        "That's your voice. I'd know it anywhere.",
                        "You said all of that? About {lead}?",
                        "That's your voice. I know it.",
                        "You said all that about {lead}?",
                    ],
                },
            ],
        },
        {
            "id": "rev-aide-entrance",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "The doors open. {aide} strides in with a briefcase.",
                "{aide} pushes through the crowd and hands {lead} a signed document.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "Everything you asked for. Signed and sealed.",
                        "Done. The deal closed ten minutes ago.",
                        "Everything you wanted. Signed, sealed, delivered.",
                        "It's done. The deal closed minutes ago.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "Who are you? Who let you in?",
                        "What deal? What is this?",
                        "Who are you? Who let you in here?",
                        "What deal? What's going on here?",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "Someone who works for {lead}.",
                        "Someone you should have met sooner.",
                        "I work for {lead}.",
                        "The one {lead} sends when it matters.",
                    ],
                },
            ],
        },
        {
            "id": "rev-witness",
            "beat": "reversal",
            "action": [
                "{wildcard} steps out from the crowd, hands raised.",
                "All eyes swing to {wildcard}, leaning calmly against a pillar.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": [
                        "I saw what happened that night. All of it.",
                        "I was there too. Want me to tell them?",
                        "I saw that night. Every minute of it.",
                        "I was there. Shall I tell them?",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "Shut your mouth. You saw nothing!",
                        "Nobody asked you to speak!",
                        "Shut up. You saw nothing!",
                        "Nobody asked for your opinion!",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Let them talk. Everyone's listening.",
                        "Go on. The room is yours.",
                        "Let them speak. The room is listening.",
                        "Go ahead. The floor is yours.",
                    ],
                },
            ],
        },
        {
            "id": "rev-debt",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "{lead} drops a bank statement on the desk.",
                "{lead} unfolds a loan agreement, stamped and signed.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "You owe three million. I bought the debt.",
                        "Your loans changed hands this morning. To me.",
                        "Your three million debt? I bought it.",
                        "Your loans have a new owner. Me.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "You? With what money?",
                        "That's impossible. You're broke.",
                        "You? With whose money?",
                        "Impossible. You don't have a cent.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Mine. Payment is due Friday.",
                        "Check the lender's name. Then sit down.",
                        "Mine. It's due on Friday.",
                        "Read the lender's name. Then sit.",
                    ],
                },
            ],
        },
        {
            "id": "rev-love-stands",
            "beat": "reversal",
            "action": [
                "{love} steps between {lead} and the family.",
                "{love} takes {lead}'s hand in front of everyone.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": [
                        "Enough. I believe {lead}.",
                        "Whatever this is, I'm standing here.",
                        "Stop. I believe {lead}.",
                        "Whatever this is, I'm not leaving.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "furious",
                    "say": [
                        "You'd defy your own family for this?",
                        "Let go, or lose everything we gave you.",
                        "You'd turn on your own family for this?",
                        "Step away, or lose everything we gave.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "If I have to. Yes.",
                        "Then take it. I'm not moving.",
                        "If that's what it takes. Yes.",
                        "Take it all. I'm staying right here.",
                    ],
                },
            ],
        },
        {
            "id": "rev-phone-call",
            "beat": "reversal",
            "action": [
                "{lead} makes one short call. Seconds later, {elder}'s phone rings.",
                "{lead} hangs up. Across the room, every phone begins to buzz.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Cancel it. Yes, all of it.",
                        "Pull the investment. Effective now.",
                        "Cancel it. All of it. Yes.",
                        "Withdraw the investment. Effective immediately.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "What do you mean, cancelled? By whom?",
                        "Who's pulling out? Tell me who!",
                        "Cancelled? Who cancelled it?",
                        "Who is pulling out? Tell me now!",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "What did you just do?",
                        "Who did you call?",
                        "What did you just do to us?",
                        "Who was that on the phone?",
                    ],
                },
            ],
        },
        {
            "id": "rev-guards",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "Guards surround {lead}. Then they stop, and look at {aide}.",
                "Security marches in. The head guard sees {lead} and freezes.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "furious",
                    "say": [
                        "Why are you just standing there? Remove this person!",
                        "I said throw them out. Now!",
                        "Why are you standing there? Get them out!",
                        "Throw this person out. Immediately!",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "They take orders from someone else.",
                        "Nobody here will lay a finger on {lead}.",
                        "They answer to someone else tonight.",
                        "No one here will touch {lead}.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Thank you. You can go.",
                        "Stand down. We're just talking.",
                        "Thank you. You may leave now.",
                        "Stand down. This is just a conversation.",
                    ],
                },
            ],
        },
        {
            "id": "rev-auction",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "Charity auction. {rival} raises a paddle, smug. {lead} raises one too.",
                "The auctioneer's gavel hovers. {lead}'s paddle goes up.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Five million. Beat that, if you can.",
                        "That piece is mine. Sit down.",
                        "Five million. Top that, if you dare.",
                        "That lot is mine. Sit down.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Twenty million. In cash, tonight.",
                        "Ten times whatever that was.",
                        "Twenty million. Cash, tonight.",
                        "Ten times that bid. Paid in full.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "You can't afford that!",
                        "Where does a nobody get twenty million?",
                        "There's no way you can afford that!",
                        "Where would a nobody find twenty million?",
                    ],
                },
            ],
        },
        {
            "id": "rev-manager",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "The restaurant manager hurries over and bows low to {lead}.",
                "The chef walks out and greets {lead} by name.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Finally. Throw this one out.",
                        "Good. Tell them to leave.",
                        "At last. Throw this one out.",
                        "Good. Show them the door.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Careful. I think the manager works for {lead}.",
                        "Oh, this is getting fun.",
                        "Careful. The manager seems to answer to {lead}.",
                        "Oh, this evening just got interesting.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Your table is cancelled. Indefinitely.",
                        "We're full tonight. Try next year.",
                        "Your table is cancelled. Permanently.",
                        "We're fully booked. Try again next year.",
                    ],
                },
            ],
        },
        {
            "id": "rev-texts",
            "beat": "reversal",
            "action": [
                "The ballroom screen flickers. Private texts from {rival} appear, one by one.",
                "{lead} taps a tablet. {rival}'s messages light up the wall.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "Those are private! Turn that off!",
                        "Who hacked my phone?",
                        "Those are private! Shut it off!",
                        "Who broke into my phone?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Not private anymore. Keep reading.",
                        "Nobody hacked anything. You sent them to me.",
                        "They stopped being private. Keep reading.",
                        "No one hacked you. You sent them to me.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "You wrote this? About your own family?",
                        "Is this true? Answer me.",
                        "You wrote this about your own family?",
                        "Tell me this isn't true. Now.",
                    ],
                },
            ],
        },
        {
            "id": "rev-alibi",
            "beat": "reversal",
            "action": [
                "{lead} lays two photos side by side: a timestamp circled in red.",
                "{lead} holds up a receipt with a date and time.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "You weren't where you said you were.",
                        "Nine o'clock. You said you were home.",
                        "You weren't where you claimed to be.",
                        "Nine o'clock. You swore you were home.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "That proves nothing at all.",
                        "Photos can be faked. Everybody knows that.",
                        "That doesn't prove a thing.",
                        "Anyone can fake a photo these days.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "Then why are your hands shaking?",
                        "So you lied to me too.",
                        "Then why are your hands trembling?",
                        "So you lied to me as well.",
                    ],
                },
            ],
        },
        {
            "id": "rev-clause",
            "beat": "reversal",
            "action": [
                "{lead} flips the contract open and points to a single line.",
                "A highlighted clause glows on the screen.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Read clause twelve out loud.",
                        "Read the part you skipped.",
                        "Read clause twelve. Out loud, please.",
                        "Read the part you skipped over.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        '"All rights revert to the founder."',
                        "That clause wasn't in there.",
                        "Reverts to the founder? That can't be.",
                        "This clause wasn't there before.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "It always was. You just never read it.",
                        "It was there. You were busy gloating.",
                        "It always was. You never read it.",
                        "It was always there. You were gloating.",
                    ],
                },
            ],
        },
        {
            "id": "rev-quiet-truth",
            "beat": "reversal",
            "action": [
                "The room quiets as {lead} finally speaks.",
                "{lead} sets down a glass, and the whole table falls silent.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "You took my name. I took your leverage.",
                        "Everything you built sits on my land.",
                        "You stole my name. I bought your leverage.",
                        "Everything you built stands on my land.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "What are you talking about?",
                        "You're bluffing. You have nothing.",
                        "What on earth are you talking about?",
                        "You're bluffing. You've got nothing.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Then call my bluff.",
                        "Ask your lawyers. They already know.",
                        "Go on, call my bluff.",
                        "Ask your lawyers. They know already.",
                    ],
                },
            ],
        },
        {
            "id": "rev-public-apology",
            "beat": "reversal",
            "action": [
                "Cameras flash. {lead} holds a microphone and a sealed envelope.",
                "A press conference. {lead} taps the mic. The room goes still.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Before {rival} speaks, let's clear something up.",
                        "I have one statement, and one document.",
                        "Before {rival} says a word, one correction.",
                        "One statement, one document. Then we're done.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "Don't. We can talk privately.",
                        "Please, not here. Not with cameras.",
                        "Don't do this. Let's talk in private.",
                        "Please, not here. Not on camera.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Private was yesterday. Today is public.",
                        "You chose the stage. I'm just using it.",
                        "Private ended yesterday. This is public.",
                        "You picked the stage. I'm just borrowing it.",
                    ],
                },
            ],
        },
        {
            "id": "rev-elder-doubt",
            "beat": "reversal",
            "action": [
                "{elder} looks from {rival} to {lead}, uncertain for the first time.",
                "{elder} snatches the paper and reads it under the lamp.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "{rival}, is this true? Look at me.",
                        "Have you been lying to me?",
                        "{rival}, look me in the eye. Is it true?",
                        "Have you lied to me all along?",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "pleading",
                    "say": [
                        "It's a trick! You know me!",
                        "I would never. You know I wouldn't!",
                        "It's a setup! You know me!",
                        "I'd never do that. You know I wouldn't!",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Ask what else was hidden from you.",
                        "Ask about the money, too.",
                        "Ask what else they kept from you.",
                        "Ask about the money while you're at it.",
                    ],
                },
            ],
        },
        {
            "id": "rev-trade",
            "beat": "reversal",
            "action": [
                "{lead} slides a thin file across to {wildcard}.",
                "{wildcard} opens the folder, and the smile changes.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "shocked",
                    "say": [
                        "You found this? Nobody finds this.",
                        "Where did you dig this up?",
                        "You found this? No one finds this.",
                        "Where did you even dig this up?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Now you work for me.",
                        "Switch sides, or this goes public.",
                        "You work for me now.",
                        "Change sides, or this goes public.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Well. I've always liked winners.",
                        "You're more fun than I was told.",
                        "Well. I've always had a soft spot for winners.",
                        "You're far more fun than advertised.",
                    ],
                },
            ],
        },
        {
            "id": "rev-silver-eyes",
            "beat": "reversal",
            "tropes": ["werewolf"],
            "identity": "hidden",
            "action": [
                "{lead}'s eyes blaze silver. Every wolf in the clearing drops its head.",
                "A wave of power rolls through the pack. Wolves whine and lower their heads.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "Why are they bowing? She's an omega!",
                        "Stop it! Stand up, all of you!",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["That power. Where did it come from?", "No omega can command a pack."],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Maybe you never looked closely.",
                        "You rejected what you didn't understand.",
                    ],
                },
            ],
        },
        {
            "id": "rev-foresight",
            "beat": "reversal",
            "tropes": ["rebirth"],
            "action": [
                "{lead} checks the clock. Thirty seconds to the minute {lead} remembers.",
                "{lead} smiles at the TV. The news anchor opens a breaking story.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "In one minute, your shares collapse. Watch.",
                        "Turn on the news. Right about now.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "How did you know that would happen?",
                        "That's impossible. Nobody knew.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["I know how this story ends.", "Lucky guess. I'm full of them."],
                },
            ],
        },
        {
            "id": "rev-dna-child",
            "beat": "reversal",
            "tropes": ["secret_baby"],
            "action": [
                "{love} tears open a lab envelope. A number: 99.99%.",
                "A doctor hands {love} a DNA result. The paper shakes.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["He's my son. My son.", "Five years. You hid him for five years."],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "You hid behind your family for longer.",
                        "You made your choice that night. I made mine.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": ["An heir? We have an heir?", "Bring the boy here. Immediately."],
                },
            ],
        },
        {
            "id": "rev-safe-code",
            "beat": "reversal",
            "tropes": ["stepmother"],
            "action": [
                "{lead} spins the study safe's dial. It clicks open.",
                "The portrait swings aside. {lead} opens the safe behind it.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": ["How do you know that combination?", "Get away from that safe!"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Mother's birthday. You never changed it.",
                        "She told me, the night before she died.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["What's in there? Mother, what's in there?", "Why are you so scared?"],
                },
            ],
        },
        {
            "id": "rev-contract-husband",
            "beat": "reversal",
            "tropes": ["hidden_identity"],
            "identity": "hidden",
            "action": [
                "The Titan contract lands in front of {elder}. {lead}'s signature on the "
                "last page.",
                "{rival} waves the Titan deal; {lead} points at the signature line.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "Titan signed with us? Who arranged this?",
                        "How did the deal come through?",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Obviously my connections. Don't look at him.",
                        "Me, of course. Certainly not the waiter.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["Ask Titan who they listened to.", "Call them. Ask who signed it."],
                },
            ],
        },
        {
            "id": "rev-sketch-live",
            "beat": "reversal",
            "tropes": ["ceo_romance"],
            "action": [
                "{lead} picks up a pencil and sketches fast. The room crowds around.",
                "In a minute, {lead} finishes the exact design {rival} claimed.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "That's the dress. Now you draw the sleeve.",
                        "Your turn. Draw it from memory.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": ["I don't have to prove anything!", "This is ridiculous. I'm leaving."],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "Sit down. Pick up the pencil.",
                        "Nobody leaves until we see your sketch.",
                    ],
                },
            ],
        },
        {
            "id": "exp-screen",
            "beat": "reversal",
            "phase": "expose",
            "action": [
                "{lead} nods. The big screen shows {prop}. {schemer} freezes.",
                "The lights dim. {prop} fills the screen, piece by piece.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Put it up. Everyone should see this.",
                        "Watch closely. Especially you, {schemer}.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": [
                        "It's edited! Somebody doctored it!",
                        "That's not what happened, I swear!",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["{scheme} was your doing? All of it?", "You did this to {lead}?"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "exp-confession",
            "beat": "reversal",
            "phase": "expose",
            "action": [
                "{lead} sets {prop} on the table and waits in silence.",
                "{schemer} stares at {prop}, color draining away.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Say it. Or {prop} says it for you.",
                        "Confess now. It's the last kind thing I'll offer.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "crying",
                    "say": [
                        "Fine! I did it. I did all of it!",
                        "I had no choice. You were taking everything!",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "The police are at the door.",
                        "Officers are downstairs. Shall I let them up?",
                    ],
                },
            ],
        },
        {
            "id": "exp-accomplice",
            "beat": "reversal",
            "phase": "expose",
            "action": [
                "{aide} drops a signed statement in front of {schemer}.",
                "A nervous accomplice is led in by {aide}, eyes down.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "Your accomplice talked. Every detail, in writing.",
                        "Your partner signed this an hour ago.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "furious",
                    "say": ["That coward sold me out?", "Lies. Paid lies. Everyone can be bought."],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "You paid for {scheme}. Now you pay for the truth.",
                        "Everyone sells you out eventually.",
                    ],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "exp-room",
            "beat": "reversal",
            "phase": "expose",
            "action": [
                "{lead} turns to the guests, {prop} held high.",
                "{lead} walks the length of the room with {prop} in hand.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "{scheme}? That was {schemer}. Here's the proof.",
                        "{scheme} was a setup. {prop} proves it.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "I defended you. I believed every word.",
                        "You let me blame {lead} for {scheme}.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "pleading",
                    "say": ["It's not what it looks like!", "Please, let me explain!"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "exp-frame-theft",
            "beat": "reversal",
            "schemes": ["frame_theft"],
            "phase": "expose",
            "action": [
                "{prop} plays: {schemer} slipping a necklace into {lead}'s bag.",
                "Security footage, time-stamped: {schemer}'s hand in {lead}'s handbag.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Pause it there. Whose hand is that?",
                        "Zoom in. Look at the bracelet on that wrist.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": ["I was just... moving the bag!", "That could be anyone's hand!"],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "You planted it. You let everyone call {lead} a thief.",
                        "You stood there and watched them accuse {lead}.",
                    ],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "exp-stolen-design",
            "beat": "reversal",
            "schemes": ["stolen_design"],
            "phase": "expose",
            "action": [
                "{lead} spreads {prop} across the table, each page dated.",
                "{prop} in a leather folder: dated drafts, each one signed.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Dated three months before your launch.",
                        "Every draft, signed and timestamped. Yours?",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "shocked",
                    "say": ["You could have drawn those yesterday!", "Those dates can be faked!"],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "The notary stamped them in March.",
                        "The cloud backup says March. Want the link?",
                    ],
                },
            ],
        },
        {
            "id": "exp-poison",
            "beat": "reversal",
            "schemes": ["poison"],
            "phase": "expose",
            "action": [
                "{aide} hands {lead} {prop}. {lead} reads it aloud.",
                "{prop} on the screen: the substance, and the pharmacy receipt beside it.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "The tea was clean when I poured it.",
                        "The powder came from your pharmacy account.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": ["A receipt proves nothing!", "Anyone could use my account!"],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "The pharmacy camera disagrees.",
                        "The clerk remembers your face. Very clearly.",
                    ],
                },
            ],
        },
        {
            "id": "exp-forged-will",
            "beat": "reversal",
            "schemes": ["forged_will"],
            "phase": "expose",
            "action": [
                "{lead} lays {prop} beside the forgery. Two signatures, different hands.",
                "A notary enters carrying {prop} in a sealed envelope.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Compare the signatures. Then compare the dates.",
                        "The real will was filed with a notary.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "furious",
                    "say": [
                        "That's the forgery! Mine is real!",
                        "You can't prove which one came first!",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "The notary can. He's waiting outside.",
                        "Handwriting experts agree. Yours is fake.",
                    ],
                },
            ],
        },
        {
            "id": "exp-fake-pregnancy",
            "beat": "reversal",
            "schemes": ["fake_pregnancy"],
            "phase": "expose",
            "action": [
                "{lead} hands {love} {prop}. {love} reads, then looks up slowly.",
                "The clinic's director stands beside {lead}, holding {prop}.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "The scan belongs to another patient.",
                        "No pregnancy. Not now, not ever.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "You lied about a child? To trap me?",
                        "You invented a baby to keep {stake}.",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "crying",
                    "say": ["I did it for us!", "I only wanted what should be mine!"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "exp-scandal-photos",
            "beat": "reversal",
            "schemes": ["scandal_photos"],
            "phase": "expose",
            "action": [
                "{lead} projects {prop}: the originals, side by side with the edits.",
                "{aide} opens {prop} on a laptop. The edit history scrolls past.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Original on the left. Your edit on the right.",
                        "The metadata shows who edited them.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": ["Anyone could have edited those!", "That account isn't mine!"],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "Paid from your card, three times.",
                        "The designer you paid already confessed.",
                    ],
                },
            ],
        },
        {
            "id": "exp-sabotaged-launch",
            "beat": "reversal",
            "schemes": ["sabotaged_launch"],
            "phase": "expose",
            "action": [
                "{prop} scroll on the big screen. One login flashes red.",
                "{aide} points at {prop}. A single user ID, highlighted.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "The shutdown came from this login. Yours.",
                        "Ten forty-two. Your account pulled the plug.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": [
                        "Someone stole my password!",
                        "That's a coincidence! Anyone could log in!",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Then explain the payment to my engineer.",
                        "Investors, stay. The real show starts now.",
                    ],
                },
            ],
        },
        {
            "id": "exp-kidnapping",
            "beat": "reversal",
            "schemes": ["kidnapping"],
            "phase": "expose",
            "action": [
                "{lead} plays {prop}: {schemer}'s car at the warehouse gate.",
                "A dashcam clip: a familiar car, a familiar face behind the wheel.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["Your car. Your face. That night.", "Recognize the plate? You should."],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": ["I was only there to help!", "I don't know how my car got there!"],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "furious",
                    "say": [
                        "You took me to force {lead}'s hand?",
                        "You staged my kidnapping for {stake}?",
                    ],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "exp-contract-fraud",
            "beat": "reversal",
            "schemes": ["contract_fraud"],
            "phase": "expose",
            "action": [
                "{lead} unfolds {prop}: one page thinner, one clause missing.",
                "{prop} lies beside the forged copy. Page three doesn't match.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "This is what I signed. No clause nine.",
                        "My copy has eight clauses. Yours has nine.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "furious",
                    "say": ["That's a copy! Worthless!", "You can't prove which is real!"],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "The bank holds the sealed duplicate. It matches ours.",
                        "The lawyer's stamp is only on ours.",
                    ],
                },
            ],
        },
        {
            "id": "exp-fire",
            "beat": "reversal",
            "schemes": ["fire_cover_up"],
            "phase": "expose",
            "action": [
                "{lead} drops {prop} on the desk: the sealed page, unsealed.",
                "An old fireman stands beside {lead}, {prop} in his shaking hands.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "The fire started in your office. With your key.",
                        "Accelerant, found by your door. It's in writing.",
                    ],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": [
                        "That was twenty years ago!",
                        "You can't prove anything after all this time!",
                    ],
                    "knows": ["scheme"],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "The fire chief kept a copy. He's talking.",
                        "Arson has no deadline here. Police are coming.",
                    ],
                },
            ],
        },
        {
            "id": "rev-rev-takeover",
            "beat": "reversal",
            "identity": "revealed",
            "action": [
                "{aide} hands {lead} a fountain pen. {lead} signs in front of the whole board.",
                "{lead} signs a single page. {elder}'s phone starts buzzing nonstop.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "As of this signature, {stake} answers to me.",
                        "Done. The acquisition closed a minute ago.",
                        "With this signature, {stake} answers to me.",
                        "It's done. The acquisition closed a minute ago.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "You'd use {identity} against your own family?",
                        "Even {identity} wouldn't dare do this.",
                        "You'd turn {identity} against your own family?",
                        "Not even {identity} would dare go this far.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "You taught me family means leverage.",
                        "I'm only doing what you taught me.",
                        "You taught me that family means leverage.",
                        "I'm only using what you taught me.",
                    ],
                },
            ],
        },
        {
            "id": "rev-rev-bluff",
            "beat": "reversal",
            "identity": "revealed",
            "action": [
                "{rival} raises a document to the crowd. {lead} doesn't even look at it.",
                "{rival} smirks, holding a folder. {lead} checks a watch.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Even {identity} has dirty secrets. Here's yours.",
                        "Let's see how {identity} explains this.",
                        "Even {identity} has a dirty secret. Here it is.",
                        "Let's hear {identity} explain this one.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "That file was planted for you to find.",
                        "Read it aloud. It's about your partner.",
                        "Someone planted that file for you.",
                        "Read it to the room. It concerns your partner.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "What? No... this is about me?",
                        "Who gave you this?",
                        "Wait. This is about me?",
                        "Who handed you this?",
                    ],
                },
            ],
        },
        {
            "id": "rev-rev-dropped",
            "beat": "reversal",
            "identity": "revealed",
            "action": [
                "One by one, {rival}'s sponsors stand and leave the table.",
                "{rival}'s phone buzzes: cancelled, cancelled, cancelled.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "They're all leaving because of {identity}?",
                        "You called them. All of them?",
                        "They're all walking because of {identity}?",
                        "You called all of them? Every one?",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I didn't call anyone. They called me.",
                        "Nobody wants to be on the losing side.",
                        "I called nobody. They called me.",
                        "No one wants to stand with the losing side.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Rats and ships, darling. Rats and ships.",
                        "I'd start packing, if I were you.",
                        "Rats always know when the ship is sinking, darling.",
                        "If I were you, I'd start packing.",
                    ],
                },
            ],
        },
        {
            "id": "esc-tear",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{rival} snatches the papers from {lead} and rips them to shreds.",
                "Torn paper rains over {lead}'s shoes. {rival} dusts off both hands.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "It's fake! Security, drag this liar out!",
                        "Forgeries! Get this fraud out of my sight!",
                        "Fakes! Security, get this liar out!",
                        "Forged, all of it! Get rid of this fraud!",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": [
                        "Wait. Let {lead} explain.",
                        "Hold on. Nobody touches {lead}.",
                        "Wait. Let {lead} speak.",
                        "Stop. Nobody lays a hand on {lead}.",
                    ],
                    "direction": [
                        "one look from {elder}, and the voice dies",
                        "stepping forward, then stopping",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Throw me out tonight. You'll beg tomorrow.",
                        "Tear all you like. I made copies.",
                        "Throw me out tonight. Beg me back tomorrow.",
                        "Rip them up. I kept copies.",
                    ],
                    "direction": ["dragged toward the door, turning back", "not resisting"],
                },
            ],
        },
        {
            "id": "esc-fired",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{elder} drops a termination letter on {lead}'s desk.",
                "A cardboard box lands on {lead}'s chair. Colleagues look away.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "You're dismissed. Effective immediately.",
                        "Pack your things. Security will escort you.",
                        "You're dismissed, as of this minute.",
                        "Clear your desk. Security will walk you out.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "The box is by the door. Take your cactus.",
                        "Don't cry on the carpet. It's new.",
                        "Your box is by the door. Don't forget the cactus.",
                        "Please don't cry on the new carpet.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Keep the box. You'll need it soon.",
                        "Thank you. You just saved me the trouble.",
                        "Keep the box. You'll be needing it.",
                        "Thanks. You saved me the resignation letter.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rumor",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{rival} taps a glass. The room turns.",
                "{rival} whispers to a guest, who whispers to another. The room ripples.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Ask where {lead} was last night. Go on.",
                        "Everyone, ask {lead} about the hotel receipt.",
                        "Go on, ask {lead} about last night.",
                        "Someone ask {lead} about that hotel receipt.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Oh, do tell. I love a good story.",
                        "This party just got worth the drive.",
                        "Oh, please continue. I adore a scandal.",
                        "Now this party is worth the drive.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Tell them. Then tell them where you were.",
                        "Go on. Finish the story. I know the ending.",
                        "Tell them. Then explain your own evening.",
                        "Finish the story. I already know the ending.",
                    ],
                },
            ],
        },
        {
            "id": "esc-freeze",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{elder} hangs up the phone with a cold smile.",
                "{lead}'s phone buzzes: ACCOUNT SUSPENDED. Then again. Then again.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Every card in your name is frozen. Starve.",
                        "Your accounts are closed. Let's see you manage.",
                        "Your cards are frozen. Let's see you eat.",
                        "Every account is closed. Try surviving now.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Freeze them. I never touched your money.",
                        "Go ahead. Those cards were yours, not mine.",
                        "Freeze them. I never spent your money.",
                        "Go ahead. Those cards were always yours.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Shall I unfreeze the real ones?",
                        "Your own accounts are fine. Untouched.",
                        "Want me to unfreeze the real ones?",
                        "Your own accounts are untouched, of course.",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "esc-locks",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "A locksmith works on the front door as {lead} watches from the rain.",
                "{lead}'s key won't turn. Through the glass, {rival} waves.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "New locks, new family. Bye-bye.",
                        "The key doesn't work? How strange.",
                        "New locks, new family. Goodbye.",
                        "Key not working? How very strange.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "This house has no room for ingrates.",
                        "Go back to the gutter you came from.",
                        "There's no room here for the ungrateful.",
                        "Go back to whatever gutter raised you.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Change every lock. I'll own the keys.",
                        "Enjoy the locks. You'll hand me the keys.",
                        "Change every lock. I'll hold every key.",
                        "Lock it all. The keys come to me.",
                    ],
                },
            ],
        },
        {
            "id": "esc-messages",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{love} throws a phone on the table. Photos of {lead}, taken out of context.",
                "{love} holds up a phone, screen glowing with someone's messages.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "I saw the messages. We're done.",
                        "I trusted you. Look at this.",
                        "I saw those messages. It's over.",
                        "I trusted you. Explain this.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smiling",
                    "say": [
                        "I tried to warn you, darling.",
                        "I hate being right about these things.",
                        "I did try to warn you, darling.",
                        "I hate being right about people like this.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Read the sender's number. Read it twice.",
                        "Check who sent them. Then come find me.",
                        "Read the sender's number. Twice.",
                        "Check who really sent them. Then find me.",
                    ],
                },
            ],
        },
        {
            "id": "esc-police",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "Two officers walk into {place}. {rival} points straight at {lead}.",
                "Blue lights flash through the windows. {rival} hurries to meet the police.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Officers, that's the one. Arrest them.",
                        "That's the criminal. Take them away.",
                        "Officers, that's them. Arrest them.",
                        "There's your criminal. Take them away.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Arrest me. Then ask who called you first.",
                        "Go ahead. My lawyer is already on the way.",
                        "Arrest me. Then ask who called you.",
                        "Go ahead. My lawyer's already driving over.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "Don't say a word. I'm calling the lawyer.",
                        "I'll have you out before midnight.",
                        "Not a word. I'm calling the lawyer.",
                        "You'll be out before midnight. I promise.",
                    ],
                },
            ],
        },
        {
            "id": "esc-blacklist",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{elder} makes a call, eyes on {lead}, voice icy.",
                "One by one, {lead}'s job offers are withdrawn on the screen.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "No one in this city will ever hire you.",
                        "Every door in this city just closed.",
                        "No one in this city will hire you.",
                        "Every door in this city is closed to you.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I won't need hiring.",
                        "Good. I prefer to be the one hiring.",
                        "I won't be needing a job.",
                        "Good. I'd rather be the one hiring.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Beg on the street. Maybe someone will pay.",
                        "Want a job? We need a new cleaner.",
                        "Try begging. Someone might toss a coin.",
                        "Need work? We're short a cleaner.",
                    ],
                },
            ],
        },
        {
            "id": "esc-trap-night",
            "beat": "escalation",
            "action": [
                "Night. A text arrives for {lead}: come alone, or lose {stake}.",
                "{lead} reads an anonymous note: midnight, the old bridge.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "It's a trap. You can't go alone.",
                        "Don't go. Let me send someone.",
                        "It's a setup. Don't go alone.",
                        "Please don't go. Let me send someone.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "I'll go. Have the police one street away.",
                        "If I don't go, they win. Follow at a distance.",
                        "I'm going. Keep the police one street back.",
                        "If I stay home, they win. Follow quietly.",
                    ],
                },
            ],
        },
        {
            "id": "esc-headlights",
            "beat": "escalation",
            "action": [
                "Headlights race toward {lead} on a dark road. Brakes shriek.",
                "A car swerves off the curb straight at {lead}.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "Get down! Behind the car!",
                        "Move! It's coming straight at you!",
                        "Down! Get behind the car!",
                        "Move! It's heading straight for you!",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "That plate. Remember that plate.",
                        "Somebody wants me gone tonight.",
                        "That license plate. Memorize it.",
                        "Someone just tried to erase me tonight.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "afraid",
                    "say": [
                        "Are you hurt? Talk to me!",
                        "Look at me. Are you okay?",
                        "Are you hurt? Say something!",
                        "Look at me. Are you all right?",
                    ],
                },
            ],
        },
        {
            "id": "esc-switch",
            "beat": "escalation",
            "action": [
                "{wildcard} crosses the room and stands beside {rival}.",
                "{wildcard} shakes hands with {rival}, glancing back at {lead}.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Sorry. Their side pays better this week.",
                        "Nothing personal. I go where the wind blows.",
                        "Sorry. The other side pays better this week.",
                        "Nothing personal. I follow the wind.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "See? Even your friends leave you.",
                        "Everyone leaves you, eventually.",
                        "See? Even your friends walk away.",
                        "Everyone leaves you in the end.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Go. I was counting on it.",
                        "Enjoy the pay. It won't clear.",
                        "Go. I was counting on that.",
                        "Enjoy your payment. It won't clear.",
                    ],
                },
            ],
        },
        {
            "id": "esc-love-engaged",
            "beat": "escalation",
            "action": [
                "{elder} raises a glass. {love} stands beside {rival}, stiff.",
                "A banner unrolls: CONGRATULATIONS. {love} and {rival}.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "smiling",
                    "say": [
                        "The engagement is official. Raise your glasses.",
                        "Please welcome our newly engaged couple.",
                        "It's official. Raise your glasses to the engagement.",
                        "Everyone, welcome our newly engaged couple.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "I'm sorry. It was already decided.",
                        "I didn't have a choice. Not this time.",
                        "I'm sorry. It was decided for me.",
                        "I had no choice. Not this time, either.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Congratulations. I hope you read the contract.",
                        "Everyone has a choice. You made yours.",
                        "Congratulations. Read the contract carefully.",
                        "You had a choice. You made it.",
                    ],
                },
            ],
        },
        {
            "id": "esc-evidence-stolen",
            "beat": "escalation",
            "action": [
                "{lead} opens the safe. It's empty.",
                "{aide} runs in, breathless. The evidence box is gone.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "Someone took it. Every copy.",
                        "The files are gone. Someone knew the code.",
                        "Someone took it. Every single copy.",
                        "The files are gone. Someone had the code.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Then someone in this house is lying.",
                        "Fine. Let's find out who opened it.",
                        "Then someone in this house is a liar.",
                        "Good. Now we learn who had the key.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-shovel",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{rival} hurls a vase against the wall. It shatters.",
                "{rival} paces like a caged animal, mascara streaked.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "So you're {identity}. I'll still bury you.",
                        "{identity}? I don't care. You're still nothing.",
                        "{identity} or not, I'll bury you.",
                        "So you're {identity}. You're still nothing.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Bring a bigger shovel.",
                        "You'll need more than a tantrum.",
                        "You'll need a bigger shovel.",
                        "It'll take more than a tantrum.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-alliance",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{rival} and {wildcard} clink glasses across the room.",
                "{wildcard} whispers in {rival}'s ear, eyes on {lead}.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Even {identity} can't fight the two of us.",
                        "Two against {identity}? I like those odds.",
                        "Not even {identity} can fight us both.",
                        "Two of us against {identity}? Good odds.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I won't have to. You'll fight each other.",
                        "Enjoy the partnership. It ends at payday.",
                        "I won't need to. You'll fight each other.",
                        "Enjoy the partnership. It ends on payday.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Watch your back, {lead}.",
                        "We'll see who blinks first.",
                        "Watch your back, {lead}. Always.",
                        "Let's see who blinks first.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-price",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{rival} blocks {lead}'s path in the parking garage.",
                "{rival} slides into the back seat beside {lead} uninvited.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "Everyone knows what you are now. Let's talk price.",
                        "How much will {identity} pay to keep me quiet?",
                        "Everyone knows what you are. Let's talk numbers.",
                        "What will {identity} pay for my silence?",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Not a cent. Talk to whoever you like.",
                        "You have nothing I can't buy elsewhere.",
                        "Not one cent. Tell whoever you like.",
                        "You have nothing I can't get elsewhere.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-blackmail",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{elder} locks the study door and turns to {lead}.",
                "{elder} holds an old photograph face-down on the desk.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Expose us, and the world hears what {identity} hides.",
                        "Move against me, and I release this.",
                        "Expose us, and everyone hears what {identity} hides.",
                        "Make one move against me, and I release this.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Go ahead. I found that secret first.",
                        "Release it. I already wrote the press statement.",
                        "Release it. I found that secret long ago.",
                        "Publish it. My statement is already written.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-fear",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{love} finds {lead} on the terrace, voice low.",
                "{love} shuts the car door and sits silently for a moment.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "My family is terrified of {identity}. Happy?",
                        "They fear you now. Is that what you wanted?",
                        "My family is terrified of {identity}. Satisfied?",
                        "They're afraid of you now. Is that the goal?",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "I wanted the truth. Fear was their choice.",
                        "I wanted justice. Fear is a side effect.",
                        "I wanted the truth. They chose fear.",
                        "I came for justice. Fear came free.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-ruin",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{lead} signs an order. Outside, movers carry out the family portraits.",
                "On the screen, the family's shares fall, red line after red line.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "You'd ruin the family you came from?",
                        "Is this what {identity} does? Destroys us?",
                        "You'd destroy the family you came from?",
                        "So this is what {identity} does? Ruins us?",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "You ruined it. I'm just keeping the books.",
                        "I'm only collecting what you stole.",
                        "You ruined it. I just keep the ledger.",
                        "I'm collecting what you took. Nothing more.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-court",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{rival} slaps a lawsuit onto the table.",
                "A process server hands {lead} a thick envelope.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "See you in court. {identity} or not.",
                        "I'm suing. Let the judge decide who you are.",
                        "{identity} or not, I'll see you in court.",
                        "I'm suing. A judge can decide who you are.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "My lawyers already booked the room.",
                        "Good. The judge will love the evidence.",
                        "My lawyers have already booked the courtroom.",
                        "Good. The judge will enjoy the evidence.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-press",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "Reporters swarm {lead} at the entrance, microphones out.",
                "Headlines on every screen: a smear aimed straight at {lead}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "The press will crucify {identity} by morning.",
                        "Let's see {identity} survive the headlines.",
                        "By morning, the press will tear {identity} apart.",
                        "Let's watch {identity} survive tomorrow's headlines.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "Our statement goes out in ten minutes.",
                        "Legal is already drafting the lawsuit.",
                        "Our statement is out in ten minutes.",
                        "Legal is drafting the lawsuit right now.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Let them write. I own the paper.",
                        "Headlines fade. Evidence doesn't.",
                        "Let them print it. I own the press.",
                        "Headlines fade. Evidence stays.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-hostage",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{elder} calls in the family's board allies, one by one.",
                "A line of grim directors files into the room behind {elder}.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "The old guard answers to me, not {identity}.",
                        "Without these votes, {identity} is just a title.",
                        "The old guard takes orders from me. Not {identity}.",
                        "Without their votes, {identity} is only a title.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Ask them who pays their bonuses now.",
                        "Old guards retire. I've booked the party.",
                        "Ask who signs their bonus checks now.",
                        "Old guards retire. The party's booked.",
                    ],
                },
            ],
        },
        {
            "id": "cl-black-cars",
            "beat": "cliffhanger",
            "identity": "hidden",
            "action": [
                "Outside, black cars line the curb. A man in a suit bows to {lead}.",
                "Ten black sedans glide up to {place}. Drivers step out and bow to {lead}.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "The board has waited long enough. Shall we?",
                        "Your car is ready. They're all waiting.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["Who... who are those people?", "Why are they bowing to {lead}?"],
                    "direction": ["goes white", "the glass slips from one hand"],
                },
            ],
        },
        {
            "id": "cl-unknown-call",
            "beat": "cliffhanger",
            "action": [
                "{lead}'s phone lights up: UNKNOWN. A distorted voice speaks.",
                "Midnight. A call from a number that shouldn't exist.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "cold",
                    "say": [
                        "I know what really happened that night.",
                        "You're digging in the wrong grave.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Who is this? How did you get this number?",
                        "Then tell me. Where do we meet?",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Midnight, at the old pier. Come alone.",
                        "Soon. When you're ready to lose something.",
                    ],
                },
            ],
        },
        {
            "id": "cl-collapse",
            "beat": "cliffhanger",
            "action": [
                "{love} sways on the stairs, then collapses.",
                "A thud. {love} lies at the foot of the staircase, eyes closed.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "afraid",
                    "say": ["{love}! Call an ambulance, now!", "Stay with me. Open your eyes!"],
                },
                {
                    "who": "rival",
                    "emotion": "smiling",
                    "say": [
                        "What a terrible accident.",
                        "Oh dear. Someone should really call a doctor.",
                    ],
                    "direction": ["barely hiding a smile", "from the top of the stairs"],
                },
            ],
        },
        {
            "id": "cl-envelope",
            "beat": "cliffhanger",
            "action": [
                "An envelope slides under {lead}'s door. Inside: one photograph.",
                "A courier leaves a box on the step. Inside, an old baby blanket.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["This is impossible. Nobody else knew.", "Who sent this? Who knows?"],
                },
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "Someone out there knows everything.",
                        "This came from inside the family.",
                    ],
                },
            ],
        },
        {
            "id": "cl-back-from-dead",
            "beat": "cliffhanger",
            "action": [
                "A figure steps into the light. {lead} freezes.",
                "The double doors open. A face everyone buried walks in.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Miss me? Don't all cheer at once.",
                        "Surprise. Did you all really think I was gone?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["You... you're supposed to be dead.", "No. It can't be you."],
                },
            ],
        },
        {
            "id": "cl-embrace",
            "beat": "cliffhanger",
            "action": [
                "Through the glass, {lead} sees {love} in {rival}'s arms.",
                "{rival} leans close to {love} on the balcony. Then looks straight at {lead}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Did you really think you'd won?",
                        "Careful. I always take back what's mine.",
                    ],
                    "direction": ["mouthing it through the glass", "lips barely moving"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["Enjoy it. It's borrowed.", "Fine. Let's see how long that lasts."],
                },
            ],
        },
        {
            "id": "cl-cuffs",
            "beat": "cliffhanger",
            "identity": "hidden",
            "action": [
                "Cuffs snap shut on {lead}'s wrists. Cameras flash.",
                "An officer leads {lead} out. {rival} waves from the steps.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Take this criminal out of my sight.",
                        "Lock them up. We're done here.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Tomorrow, you'll be the one explaining.",
                        "Save the handcuffs. You'll need them back.",
                    ],
                },
            ],
        },
        {
            "id": "cl-smoke",
            "beat": "cliffhanger",
            "action": [
                "Smoke curls from under a locked door. The alarm begins to wail.",
                "Flames glow behind the study window. {lead}'s evidence is inside.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["The study is on fire! The files!", "Everything is in there!"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Then someone wanted them gone badly.",
                        "Get everyone out. Then find who lit it.",
                    ],
                },
            ],
        },
        {
            "id": "cl-proposal",
            "beat": "cliffhanger",
            "action": [
                "{rival} holds up a hand. A diamond catches the light.",
                "The music stops. {love} is down on one knee, but not for {lead}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "{love} proposed tonight. I said yes.",
                        "Meet the future {family} couple.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Congratulations. I'll send flowers.",
                        "Say yes quickly. Before the truth arrives.",
                    ],
                },
            ],
        },
        {
            "id": "cl-letter",
            "beat": "cliffhanger",
            "action": [
                "A yellowed letter falls from an old book. It's addressed to {lead}.",
                "Behind a loose brick, a tin box. Inside, a letter in faded ink.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": [
                        "This handwriting. It's my mother's.",
                        "Open it? It's addressed to me.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Read it. It's been waiting twenty years.",
                        "She must have hidden it before the end.",
                    ],
                },
            ],
        },
        {
            "id": "cl-directors",
            "beat": "cliffhanger",
            "identity": "revealed",
            "action": [
                "The boardroom doors open. Every director stands for {lead}.",
                "Twenty chairs scrape back at once. The directors rise as {lead} walks in.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "The chair is yours. Everyone is here.",
                        "They're waiting for your first order.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "This isn't over. Not by a long way.",
                        "No. Not my company. Not like this.",
                    ],
                },
            ],
        },
        {
            "id": "cl-overheard",
            "beat": "cliffhanger",
            "action": [
                "{elder} whispers into a phone behind a half-closed door.",
                "In the dark study, {elder} speaks softly to someone unseen.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "scheming",
                    "say": [
                        "{lead} must never learn the truth. Handle it.",
                        "Tonight. Make sure there's no way back.",
                    ],
                    "direction": ["not noticing the shadow at the door", "glancing at the window"],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["Handle what? Handle me?", "The truth about what?"],
                },
            ],
        },
        {
            "id": "cl-old-photo",
            "beat": "cliffhanger",
            "action": [
                "{wildcard} stares at an old photo of a young woman. She looks exactly like "
                "{lead}.",
                "{wildcard} pockets a faded photograph and watches {lead} cross the room.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "I knew that face looked familiar.",
                        "So the rumors were true after all.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "Someone's been watching you.",
                        "That one knows something. I'm sure of it.",
                    ],
                },
            ],
        },
        {
            "id": "cl-resignation",
            "beat": "cliffhanger",
            "action": [
                "{love} hands {lead} a letter without a word, and walks away.",
                "A note on the pillow in {love}'s handwriting: one line.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "Don't look for me. It's better this way.",
                        "Forget me. Please. It's safer for you.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["What did they say to you?", "Who got to you?"],
                },
            ],
        },
        {
            "id": "cl-camera",
            "beat": "cliffhanger",
            "action": [
                "In {lead}'s room, a tiny red light blinks behind the mirror.",
                "{aide} pulls a wire from the lamp. A hidden camera, still recording.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "They've been watching you all along.",
                        "Everything we said here, they heard.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["Then let's give them a show.", "Leave it. Let them hear what I want."],
                },
            ],
        },
        {
            "id": "cl-order",
            "beat": "cliffhanger",
            "action": [
                "{rival} dials, eyes on {lead} across the ballroom.",
                "In the powder room, {rival} speaks into a phone, voice flat.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "Do it tonight. Make it look like an accident.",
                        "Tonight. I don't want to see that face again.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Tonight, then. I'll be ready.",
                        "Let them come. I've got the cameras.",
                    ],
                },
            ],
        },
        {
            "id": "cl-second-will",
            "beat": "cliffhanger",
            "action": [
                "The family lawyer pauses, then pulls out a second envelope.",
                "{aide} bursts in, holding a sealed document.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "shocked",
                    "say": [
                        "There's a second will. And it names you.",
                        "Another will, filed later. Everything changes.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "That's impossible. I burned it!",
                        "There's no second will. There can't be!",
                    ],
                    "direction": ["realizing, too late, what was said", "the room goes silent"],
                },
            ],
        },
        {
            "id": "cl-servant-kneels",
            "beat": "cliffhanger",
            "identity": "hidden",
            "action": [
                "An old servant sees {lead} and drops to one knee on the wet stones.",
                "The {family} housekeeper drops a tray, staring at {lead}'s face.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": ["Someone here recognized you. Careful.", "The old staff remember you."],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["Why is the housekeeper crying?", "Get up! What's wrong with you?"],
                },
            ],
        },
        {
            "id": "cl-test-result",
            "beat": "cliffhanger",
            "action": [
                "A lab result pops up on {lead}'s screen. One line highlighted.",
                "{lead} opens the report. A match, where there should be none.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": [
                        "Ninety-nine percent. That means...",
                        "This can't be right. Run it again.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "shocked",
                    "say": [
                        "It's a match. Who is this person?",
                        "If that's right, it changes everything.",
                    ],
                },
            ],
        },
        {
            "id": "cl-truck",
            "beat": "cliffhanger",
            "action": [
                "A truck barrels through a red light toward {lead}'s car.",
                "{lead}'s brakes don't answer. The road curves toward the cliff.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "afraid",
                    "say": ["The brakes. Someone cut the brakes.", "Not like this. Not yet."],
                },
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "Hold on! I'm right behind you!",
                        "Steer left! Hit the hand brake, now!",
                    ],
                },
            ],
        },
        {
            "id": "cl-blood-moon",
            "beat": "cliffhanger",
            "tropes": ["werewolf"],
            "action": [
                "The moon turns red. {lead}'s eyes blaze silver in the dark.",
                "A howl rises from the forest. It answers only {lead}.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["That scent... It's my mate.", "No. That's not possible."],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "What is she? What is she really?",
                        "Those eyes aren't human. Or wolf.",
                    ],
                },
            ],
        },
        {
            "id": "cl-drawing",
            "beat": "cliffhanger",
            "tropes": ["secret_baby"],
            "action": [
                "The boy hands {love} a drawing: Mommy, me and Daddy, with {love}'s face.",
                "The boy calls out to {love} across the garden: Daddy!",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["Who taught him to draw this?", "He called me Daddy."],
                },
                {
                    "who": "lead",
                    "emotion": "afraid",
                    "say": ["Sweetheart, come here. Now.", "Don't. Please, not now."],
                },
            ],
        },
        {
            "id": "cl-same-watch",
            "beat": "cliffhanger",
            "tropes": ["rebirth"],
            "action": [
                "{lead} freezes. {wildcard} wears the watch from {lead}'s first life.",
                "{wildcard} hums the exact song from the night {lead} died.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Something wrong? You look like you've seen a ghost.",
                        "Déjà vu, perhaps?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["Where did you get that?", "You couldn't know that song."],
                },
            ],
        },
        {
            "id": "cl-husband-card",
            "beat": "cliffhanger",
            "tropes": ["hidden_identity"],
            "action": [
                "A bank manager runs out after {lead}, holding a black card.",
                "At the gate, a general in uniform salutes {lead}.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Sir, the capital is in place. Your orders?",
                        "Sir, the shareholders are waiting for you.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["Why is he calling you sir?", "Who are you, really? Tell me."],
                },
            ],
        },
        {
            "id": "reveal-bow",
            "beat": "reveal",
            "action": [
                "The hall doors open. {aide} and a line of executives bow to {lead}.",
                "Fifty suits enter in formation and bow as one to {lead}.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Everyone, please welcome {identity}.",
                        "Ladies and gentlemen, {identity}.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "No. {lead} can't be {identity}.",
                        "{identity}? That nobody? It's a joke!",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": ["We... we didn't know.", "You were this, all this time?"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["You never cared to ask.", "You never looked past the coat."],
                },
            ],
        },
        {
            "id": "reveal-screen",
            "beat": "reveal",
            "action": [
                "The gala screen lights up: {lead}'s photo, the title beneath it.",
                "The host reads the card twice, then looks straight at {lead}.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "So the rumors were true. {identity}.",
                        "{identity}, hiding in plain sight. Bravo.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": ["Turn it off! It's a lie!", "This is rigged! Turn it off!"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["Say it louder. I want everyone to hear.", "Read it again. Slowly."],
                },
            ],
        },
        {
            "id": "reveal-signature",
            "beat": "reveal",
            "action": [
                "{lead} signs the final document. {elder} reads the name and goes pale.",
                "The notary stamps the papers. {elder} reads the title under {lead}'s name.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "That signature... you're {identity}?",
                        "This says {identity}. This says you.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "I always was. You just didn't look.",
                        "Since long before you threw me out.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": ["No. No, no, no.", "Tell me this isn't real."],
                },
            ],
        },
        {
            "id": "reveal-love",
            "beat": "reveal",
            "action": [
                "{love} stares at {lead} across a room that has gone silent.",
                "{love} drops the glass. It shatters, unnoticed.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": [
                        "All this time, you were {identity}.",
                        "You're {identity}. And you let me doubt you.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["All this time, you chose them.", "I wanted to be chosen without it."],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": ["I'd have chosen you. I swear.", "Give me a chance to prove it."],
                },
            ],
        },
        {
            "id": "reveal-seal",
            "beat": "reveal",
            "action": [
                "{lead} sets a heavy seal ring on the table. The founder's crest gleams.",
                "{aide} opens a velvet box. {lead} slides on the family seal.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "The founder's seal. Only {identity} could wear it.",
                        "Where did you get that? Unless... you're {identity}.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["Now you know who owns {place}.", "Now you know whose house this is."],
                },
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": ["{elder}, say something! Stop this!", "This was supposed to be mine!"],
                },
            ],
        },
        {
            "id": "reveal-announce",
            "beat": "reveal",
            "action": [
                "{aide} taps a glass. The orchestra stops mid-note.",
                "{aide} steps onto the stage and takes the microphone.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "Stand up, everyone. {identity} has arrived.",
                        "Please rise. {identity} is in the room.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["{identity}? This nobody? You're joking.", "{identity}? Since when?"],
                    "knows": ["identity"],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": ["Bow, you fool. Bow to {identity}!", "Quiet! Don't insult {identity}!"],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "reveal-card",
            "beat": "reveal",
            "action": [
                "A black card on the silver tray. The manager's hands begin to shake.",
                "The cashier runs {lead}'s card and goes white.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "shocked",
                    "say": [
                        "A black card. Only {identity} carries one.",
                        "That card means {identity}. Unbelievable.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["You stole that card. You must have!", "That can't be yours!"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Charge everything. Including their bill.",
                        "Put the whole room on it.",
                    ],
                },
            ],
        },
        {
            "id": "reveal-white-wolf",
            "beat": "reveal",
            "tropes": ["werewolf"],
            "action": [
                "{lead} shifts for the first time: a wolf as white as moonlight.",
                "Under the full moon, a silver-white wolf rises where {lead} stood.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": [
                        "The last white wolf. My rejected mate.",
                        "Moon Goddess. You're the last white wolf.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "The last white wolf outranks every Alpha.",
                        "The prophecy. The last white wolf has come.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": [
                        "No! The Luna title is mine!",
                        "That weakling can't be the white wolf!",
                    ],
                },
            ],
        },
        {
            "id": "reveal-chairman",
            "beat": "reveal",
            "tropes": ["hidden_identity"],
            "action": [
                "At the {family} gala, the Titan Group CEO walks straight past {elder} and "
                "bows to {lead}.",
                "The city's richest men line up to greet the son-in-law.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "The Titan Group chairman? The man who poured my wine?",
                        "Our son-in-law is the Titan Group chairman?",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": [
                        "Three years. You were the chairman for three years?",
                        "You let me carry the family alone?",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I carried it too. You just didn't see.",
                        "I was waiting for you to look.",
                    ],
                },
            ],
        },
        {
            "id": "fin-justice",
            "beat": "finale",
            "action": [
                "Police lead {rival} out of {place} in handcuffs. The guests watch.",
                "Camera flashes as {rival} is escorted into the back of a police car.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": [
                        "Please! I'm sorry! Give me one more chance!",
                        "Forgive me. I'll do anything!",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I gave you a hundred chances. You spent them all.",
                        "Tell it to the judge. I'm done listening.",
                    ],
                },
            ],
        },
        {
            "id": "fin-love",
            "beat": "finale",
            "action": [
                "Rooftop at dawn. {love} holds out a ring, hand steady this time.",
                "The city wakes below. {love} takes {lead}'s hand and doesn't let go.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "tender",
                    "say": [
                        "I chose wrong before. I choose you now.",
                        "No family, no deal. Just you.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "tender",
                    "say": [
                        "Then stay. This time, stay.",
                        "Ask me again tomorrow. And every day after.",
                    ],
                },
            ],
        },
        {
            "id": "fin-forgive",
            "beat": "finale",
            "identity": "revealed",
            "action": [
                "{elder} kneels before {lead} in the empty hall.",
                "{elder}, grey and small, waits at the gate with bowed head.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "pleading",
                    "say": ["Forgive this old fool, {identity}.", "I was blind. Forgive me."],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I forgive you. I won't forget.",
                        "Get up. I don't need anyone on their knees.",
                    ],
                },
            ],
        },
        {
            "id": "fin-board",
            "beat": "finale",
            "action": [
                "The board stands and applauds. {lead} takes the chair at the head.",
                "{lead} sits at the head of the table. Sunlight floods the room.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "smiling",
                    "say": ["It's unanimous. It's all yours.", "Every vote. Every seat. Yours."],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": [
                        "Then let's begin. First order of business.",
                        "Good. Now the real work starts.",
                    ],
                },
            ],
        },
        {
            "id": "fin-home",
            "beat": "finale",
            "action": [
                "{lead} walks up the steps of {place}. The doors open from inside.",
                "Morning light. {lead} hangs a photo back on the wall where it belongs.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": [
                        "Everything they took, I took back.",
                        "I said I'd come back through the front door.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "smiling",
                    "say": [
                        "Welcome home. Everyone is waiting.",
                        "Home at last. Right where you belong.",
                    ],
                },
            ],
        },
        {
            "id": "fin-rival-fall",
            "beat": "finale",
            "identity": "revealed",
            "action": [
                "{rival} sweeps floors in a cheap uniform. {lead}'s car passes by.",
                "{rival}, alone, watches {lead}'s face on a giant screen.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": [
                        "I had {identity} at my table. I had everything.",
                        "I mocked {identity}. I laughed at my own ruin.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": [
                        "Winners write the story. You were a footnote.",
                        "Some bets lose everything.",
                    ],
                },
            ],
        },
        {
            "id": "fin-luna",
            "beat": "finale",
            "tropes": ["werewolf"],
            "action": [
                "The whole pack kneels under the full moon as {lead} takes the Luna's crown.",
                "Dawn over the Blackpine woods. {love} bows his head to {lead} before the pack.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "tender",
                    "say": [
                        "My Luna. My mate. Forever.",
                        "I was a fool. Let me spend my life proving it.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": ["Then run with me, Alpha.", "Earn it. Every full moon."],
                },
            ],
        },
        {
            "id": "stakes-rev-terms",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{rival} waits in {lead}'s office, hands folded, smile gone.",
                "{rival} sets a peace offering on the desk: a signed blank check.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "pleading",
                    "say": [
                        "Whatever {identity} wants, take it. Just not {stake}.",
                        "Name a number. Leave me {stake}.",
                        "Take anything {identity} wants. Just not {stake}.",
                        "Name your number. Leave me {stake}.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I want exactly that. Nothing else.",
                        "Keep the check. I came for {stake}.",
                        "That's exactly what I want. Only that.",
                        "Keep your money. I came for {stake}.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "Time's up. Security will walk you out.",
                        "The meeting is over.",
                        "Time's up. Security will see you out.",
                        "This meeting is over. Goodbye.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-rev-truce",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{elder} arrives with a lawyer and a prepared statement.",
                "{elder} lays a press release on the table, one line underlined.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Announce a truce tonight. {identity} and the family, united.",
                        "A joint statement. We both keep our dignity.",
                        "Tonight we announce a truce. {identity} and the family.",
                        "One joint statement. We both keep our dignity.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Your name is the problem. Not mine.",
                        "No truce. Only terms. Mine.",
                        "Your name is the problem, not mine.",
                        "No truce. Just my terms.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "furious",
                    "say": [
                        "You'll regret humiliating us.",
                        "Then we go to war.",
                        "You'll regret humiliating this family.",
                        "Then this is war.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-rev-warning",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{wildcard} falls into step beside {lead} in the corridor.",
                "{wildcard} holds the elevator door open for {lead}.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": [
                        "{identity} has more enemies than friends now.",
                        "Being {identity} paints a target on your back.",
                        "As {identity}, you've more enemies than friends.",
                        "Being {identity} makes you a target, darling.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Enemies are easier. They don't pretend.",
                        "I've had a target since birth.",
                        "Enemies are simpler. They don't pretend.",
                        "I've worn a target since I was born.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Just don't say I didn't warn you.",
                        "Then I'll enjoy watching you dodge.",
                        "Don't say I never warned you.",
                        "I'll enjoy watching you dodge, then.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-dawn",
            "beat": "stakes",
            "action": [
                "{aide} spreads a map of {place} on the table.",
                "{aide} turns a laptop toward {lead}: a calendar, one date circled.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "{rival} moves on {stake} at dawn.",
                        "By sunrise, {rival} files for {stake}.",
                        "{rival} makes a move on {stake} at dawn.",
                        "{rival} files for {stake} by sunrise.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Then we move at midnight.",
                        "Good. Let {rival} think there's time.",
                        "Then we go at midnight.",
                        "Good. Let {rival} believe there's time.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-love-warns",
            "beat": "stakes",
            "action": [
                "{love} catches {lead} in the parking garage, out of breath.",
                "{love} pulls {lead} into a stairwell and shuts the door.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "afraid",
                    "say": [
                        "They're coming for {stake}. I heard them.",
                        "I shouldn't be here. They're planning something.",
                        "They're after {stake}. I heard everything.",
                        "I can't stay long. They're plotting something.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Then tell me everything. Slowly.",
                        "Why are you telling me this?",
                        "Tell me all of it. Take your time.",
                        "Why are you warning me?",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "Because I'm tired of picking the wrong side.",
                        "Because I still can't sleep at night.",
                        "Because I'm tired of choosing the wrong side.",
                        "Because I can't sleep anymore.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-wager",
            "beat": "stakes",
            "action": [
                "{elder} raps the table. The family falls silent.",
                "{elder} pushes a sealed envelope across the table to {lead}.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Win back {stake} by Sunday, or leave forever.",
                        "Seven days. Win, or disappear.",
                        "Win {stake} back by Sunday, or leave forever.",
                        "Seven days. Win it back, or vanish.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Deal. And when I win, you leave.",
                        "Accepted. Start packing now.",
                        "Deal. When I win, you leave.",
                        "Accepted. Start packing today.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Seven days. I'll bring popcorn.",
                        "Oh, this will be fun to watch.",
                        "Seven days. I'll bring snacks.",
                        "Oh, I'm going to enjoy watching this.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-luna-trial",
            "beat": "stakes",
            "tropes": ["werewolf"],
            "action": [
                "Pack village. A horn sounds. The elders gather at the stone circle.",
                "Torches flare around the trial ground. The whole pack watches.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "The Luna trial is at moonrise. Fail, and you're exiled.",
                        "At moonrise, you face the trial, or the border.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Omegas never survive the trial. Never.",
                        "Say your goodbyes to the village, stray.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Then I'll be the first one who does.",
                        "Light the torches. I'm ready.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-bond-pull",
            "beat": "stakes",
            "tropes": ["werewolf"],
            "action": [
                "{love} grips a doorframe as {lead} walks past. The bond burns.",
                "Moonlight. {love} steps into {lead}'s path, breathing hard.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "angry",
                    "say": [
                        "The bond keeps pulling me to you. I hate it.",
                        "Why can't I stop thinking about you?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["Then break it. If you can.", "You rejected me. Live with the echo."],
                },
            ],
        },
        {
            "id": "esc-rev-turn-love",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{rival} slides a folder to {love}: doctored records, {lead}'s name on every page.",
                "{rival} corners {love} at the bar and whispers, eyes on {lead}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "Ask yourself why {identity} really came back.",
                        "{identity} used you. I have proof.",
                        "Ask why {identity} really came back.",
                        "{identity} used you. I can prove it.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "Is any of this true?",
                        "Tell me {rival} is lying.",
                        "Is any of it true?",
                        "Tell me {rival} is lying to me.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Read it yourself. Then decide who lies.",
                        "You already know. Stop asking me.",
                        "Read it. Then judge who's lying.",
                        "You know already. Stop asking me.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-silence",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{lead} calls {aide}. The line rings and rings, then goes dead.",
                "{aide}'s car sits empty in the garage, door open, engine running.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "afraid",
                    "say": [
                        "{aide}? Pick up. Answer me.",
                        "Where are you? Say something.",
                        "{aide}? Pick up. Please answer.",
                        "Where are you? Say anything.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Even {identity} can't be everywhere at once.",
                        "Poor {identity}. So many people to protect.",
                        "Even {identity} can't be everywhere.",
                        "Poor {identity}. Too many people to guard.",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "esc-false-witness",
            "beat": "escalation",
            "action": [
                "{wildcard} takes the stand and raises a hand to swear.",
                "{wildcard} steps forward in front of everyone, perfectly calm.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": [
                        "I saw {lead} there that night. I'll swear to it.",
                        "I was there. {lead} did it.",
                        "I saw {lead} there that night. I'll swear it.",
                        "I was there. {lead} did it. I saw.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "What's your price this week?",
                        "Who paid for that memory?",
                        "What are you charging this week?",
                        "Who bought that memory for you?",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": [
                        "You're lying. Why would you lie?",
                        "That's not what you told me.",
                        "That's a lie. Why are you lying?",
                        "That's not what you told me before.",
                    ],
                },
            ],
        },
        {
            "id": "esc-shield",
            "beat": "escalation",
            "action": [
                "A chandelier chain snaps. {love} pushes {lead} clear and takes the fall.",
                "Glass explodes. {love} throws {lead} to the floor and stays down.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "afraid",
                    "say": [
                        "I'm fine. Just get out of here.",
                        "Don't worry about me. Go!",
                        "I'm okay. Just go, please.",
                        "Forget about me. Go!",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "afraid",
                    "say": [
                        "You're hurt. Don't you dare close your eyes.",
                        "Stay awake. Help is coming.",
                        "You're hurt. Don't you close your eyes.",
                        "Stay awake. Help is on the way.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "That chain was cut. This was no accident.",
                        "Someone sawed through it. Look at this.",
                        "That chain was cut. It wasn't an accident.",
                        "Someone sawed through this. Look.",
                    ],
                },
            ],
        },
        {
            "id": "esc-show-of-hands",
            "beat": "escalation",
            "action": [
                "{rival} stands on a chair and raises a hand to the room.",
                "{rival} turns to the guests like a game-show host.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Hands up, who wants {lead} gone?",
                        "Show of hands. Who believes this fraud?",
                        "Raise your hand if you want {lead} gone.",
                        "Hands up, who believes this fraud?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Keep your hands up. I'm taking names.",
                        "Good. Now I know who to thank later.",
                        "Keep them up. I'm writing down names.",
                        "Good. Now I know whom to thank.",
                    ],
                },
            ],
        },
        {
            "id": "esc-exile-vote",
            "beat": "escalation",
            "tropes": ["werewolf"],
            "action": [
                "The pack elders stand in a ring around {lead} under the moon.",
                "Stones are dropped into a bowl, one by one. Black. All black.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Pack law is clear. Defy the Luna, leave the pack.",
                        "By dawn, you cross the border, or face the council.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "No pack, no protection, no future.",
                        "The rogues will love you, omega.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": ["Exile me. Watch who follows.", "Then I'll build a pack of my own."],
                },
            ],
        },
        {
            "id": "hook-press",
            "beat": "hook",
            "action": [
                "Courthouse steps. Reporters shove microphones at {lead}.",
                "A wall of cameras outside {place}. Someone shouts {lead}'s name.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Tell them how you really got rich.",
                        "Go on. Tell the press what you did.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Hard work. You should try it sometime.",
                        "No comment. Except for you, later.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["Back up, all of you. No statements today.", "Clear the way. Now."],
                },
            ],
        },
        {
            "id": "hook-box",
            "beat": "hook",
            "action": [
                "A black box tied with ribbon on {lead}'s desk. Inside, a torn photo of {lead}.",
                "A gift box on the doorstep. Inside: a dead rose and {lead}'s name.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "No card. No fingerprints. Nothing.",
                        "It came through security. Someone let it in.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Whoever sent this wants me scared. Wrong move.",
                        "Find out who bought the ribbon.",
                    ],
                },
            ],
        },
        {
            "id": "hook-garage",
            "beat": "hook",
            "action": [
                "An empty garage. Three cars box in {lead}'s car. {rival} steps out.",
                "Headlights flare on all sides of {lead} in an empty parking lot.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["Nowhere to run tonight.", "Funny. Nobody's coming to save you here."],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I'm not running. I'm recording.",
                        "Smile. There's a camera above your head.",
                    ],
                },
            ],
        },
        {
            "id": "hook-motion",
            "beat": "hook",
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
            "action": [
                "Boardroom. {elder} raises a hand. Every director follows.",
                "A motion on the screen: REMOVE {lead}. The vote is already running.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Motion to remove {lead}. All in favor?",
                        "The board has spoken. You're out.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Count again, slowly. Some hands are shaking.",
                        "Before you vote, check your own contracts.",
                    ],
                },
            ],
        },
        {
            "id": "cl-looking",
            "beat": "cliffhanger",
            "action": [
                "{lead} finds {aide}'s scarf on a dark garage floor. A phone rings.",
                "{aide}'s phone lies smashed by the elevator. A text arrives: Looking for someone?",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Looking for someone? I might know where.",
                        "Lost something? Or someone?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Where is {aide}? Tell me now.",
                        "If anything happens to {aide}, you're finished.",
                    ],
                },
            ],
        },
        {
            "id": "cl-reporter",
            "beat": "cliffhanger",
            "action": [
                "A news alert lights every screen: a photo of {lead}, taken from a hidden angle.",
                "Live TV. An anchor holds up a document with {lead}'s name on it.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["By morning, the whole city knows.", "Good luck explaining that one."],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Let them know. I'll tell them the rest.",
                        "Then the city gets both halves of the story.",
                    ],
                },
            ],
        },
        {
            "id": "esc-blackout",
            "beat": "escalation",
            "action": [
                "The lights die across {place}. A glass shatters in the dark.",
                "The power cuts out. Phone screens glow blue all over {place}.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "The backup generator was switched off by hand.",
                        "Someone cut the power from inside.",
                        "This wasn't a fault. The breaker was pulled.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "Lock the exits. Nobody leaves this room.",
                        "Check every door. Whoever did this is still here.",
                        "Stay close. They wanted the dark for a reason.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Scared of the dark, {lead}?",
                        "Poor thing. Lost without a spotlight?",
                        "Careful, {lead}. Accidents happen in the dark.",
                    ],
                },
            ],
        },
        {
            "id": "esc-leak",
            "beat": "escalation",
            "action": [
                "Every phone in {place} buzzes at once. The same headline glows on each.",
                "{lead}'s photo flashes across a wall screen under a red banner.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Trending at number one. Congratulations, {lead}.",
                        "The whole city is reading about you tonight.",
                        "Smile. You're famous now, for all the wrong reasons.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "I'm tracing the first post. Give me an hour.",
                        "The account was made yesterday. I'll find the owner.",
                        "The lawyers are filing takedowns as we speak.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Let it spread. The louder it gets, the harder it falls.",
                        "Don't delete anything. I want every share on record.",
                        "Good. Now I know who reads the gossip first.",
                    ],
                },
            ],
        },
        {
            "id": "esc-love-door",
            "beat": "escalation",
            "action": [
                "{love} blocks the doorway, car keys clenched in one fist.",
                "{love} stands in the rain outside {place}, soaked and shaking.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "Walk away from this, or walk away from me.",
                        "Drop it. For us. Please, just drop it.",
                        "I can't keep watching you burn everything down.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "You're asking me to kneel. I won't.",
                        "If you trusted me, you wouldn't ask that.",
                        "I'm not the one who lit the match.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "crying",
                    "say": [
                        "Then I can't stay here.",
                        "Then this is goodbye. I mean it.",
                        "I hope winning keeps you warm at night.",
                    ],
                },
            ],
        },
        {
            "id": "esc-backers",
            "beat": "escalation",
            "action": [
                "{wildcard} sets down a glass and slides a phone across to {lead}.",
                "A signed letter of withdrawal lies on the table in front of {lead}.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Your investors just dined with {rival}. Guess who paid.",
                        "Three backers pulled out tonight. I hear more will follow.",
                        "Word is your money just walked out the door.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Let them go. I never trusted fair-weather money.",
                        "Backers leave. I'll buy their shares back cheap.",
                        "Then {rival} paid far too much for dinner.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "You're either brilliant or finished. I can't tell which.",
                        "Calm looks good on you. Or is that denial?",
                        "I do love a player who doesn't flinch.",
                    ],
                },
            ],
        },
        {
            "id": "esc-aide-hurt",
            "beat": "escalation",
            "action": [
                "{aide} limps in, one arm in a sling, a bruise darkening one cheek.",
                "A hospital corridor. {aide} sits up in bed, bandaged, a drive in one fist.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "It's nothing. They wanted the files. They didn't get them.",
                        "A few bruises. The drive is still in my pocket.",
                        "They jumped me in the car park. I held on.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Whoever touched you just made this personal.",
                        "They crossed a line. Now I stop being polite.",
                        "Rest. I'll deal with the people who did this.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "afraid",
                    "say": [
                        "This is getting dangerous. Please be careful.",
                        "Next time it could be you lying there.",
                        "They'll come for you next. You know that.",
                    ],
                },
            ],
        },
        {
            "id": "esc-apron",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{rival} tosses a waiter's apron at {lead} in front of the guests.",
                "A tray of drinks is shoved into {lead}'s hands in the middle of {place}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "Serve the drinks. It's the only job you're fit for.",
                        "Tonight you're staff. Try not to spill anything.",
                        "Put it on. Finally dressed for your station.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Do as you're told, or leave this house.",
                        "You'll serve, and you'll be grateful for the work.",
                        "Obey, or pack your bags tonight.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Fine. I'll remember every glass I pour.",
                        "I'll serve. Remember who poured your last drink.",
                        "Hand me the tray. Watch closely, all of you.",
                    ],
                },
            ],
        },
        {
            "id": "esc-stool",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{lead}'s chair is gone from the family table. A stool waits by the wall.",
                "A place card with {lead}'s name lies torn in a bin at {place}.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Your seat belongs to someone worthier now.",
                        "From today, you eat with the staff.",
                        "This table is for family. You are not.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Don't look so lost. The stool suits you.",
                        "I threw the card away myself. Tidy, isn't it?",
                        "Sit by the wall. You'll blend right in.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Keep the chair warm. I'll want it back.",
                        "Fine. People talk freely in front of the staff.",
                        "One day you'll ask me where to sit.",
                    ],
                },
            ],
        },
        {
            "id": "esc-aide-banned",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{elder} points at {aide}. Two guards step forward.",
                "{aide}'s badge is torn off and dropped on the floor of {place}.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "Your friend is banned from this property. Permanently.",
                        "That one goes too. I won't keep strays here.",
                        "Remove this person, and anyone who sides with {lead}.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "I'll go. My loyalty doesn't live in your house.",
                        "Ban me. I'll still be at {lead}'s side.",
                        "Fine. I know exactly where I'm needed.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Touch {aide} again, and you'll answer to me.",
                        "You just made the most expensive mistake of your life.",
                        "Remember this moment. I certainly will.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-forgery-claim",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{rival} waves a stamped letter before the cameras at {place}.",
                "Reporters crowd around {rival}, who holds up a sealed envelope.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "This letter says {identity} is a fraud. Read it.",
                        "The so-called {identity} bought that paperwork.",
                        "I can prove {identity} is a lie.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Forgery is a crime. You're holding one.",
                        "Check the stamp date. It's from next month.",
                        "Keep waving it. The police are on their way.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "cold",
                    "say": [
                        "The notary already confirmed ours. On camera.",
                        "We filed the originals with the court yesterday.",
                        "I'll send the reporters our copies. Certified.",
                    ],
                },
            ],
        },
        {
            "id": "esc-rev-trust-locked",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{elder} signs a document and hands it to a waiting lawyer.",
                "The family lawyer reads a notice aloud in the middle of {place}.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{identity} inherits nothing while I still breathe.",
                        "Title or not, the trust stays locked to you.",
                        "Every cent is sealed. {identity} gets a name, nothing more.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "I didn't come for your money. I came for the truth.",
                        "Keep the money. The truth costs you more.",
                        "Lock it. I have my own keys now.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "All that drama for an empty title.",
                        "Rich in name, poor in pocket. How fitting.",
                        "A crown with no jewels. Adorable.",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "stakes-one-vote",
            "beat": "stakes",
            "action": [
                "{aide} spreads a seating chart across the table at {place}.",
                "A boardroom clock ticks. {aide} lays out three folders in a row.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "The board decides {stake} on Thursday. We're one vote short.",
                        "One vote short on {stake}. Thursday morning.",
                        "Thursday's meeting settles {stake}. We need one more vote.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Then we find out which vote is for sale.",
                        "Who's wavering? Bring me their weaknesses.",
                        "One vote is easy. Find out what they fear.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "The oldest director owes {rival} money. That's our opening.",
                        "One of them hates {rival}. I'll set up lunch.",
                        "I already have a name. Dinner at eight.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-ring-offer",
            "beat": "stakes",
            "action": [
                "{rival} slides a ring box toward {love} across the table.",
                "{rival} corners {love} on a balcony above {place}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Marry into my side, and {stake} is safe.",
                        "Stand with me, and your family keeps {stake}.",
                        "Choose me, and {stake} stays in good hands.",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "And if I refuse?",
                        "And if I say no?",
                        "You really think I can be bought?",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Then you lose {stake}, and {lead} too.",
                        "Then watch everything you love burn slowly.",
                        "Then you'll learn what losing really costs.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-photo-threat",
            "beat": "stakes",
            "action": [
                "{lead} opens an envelope. A photograph of {love} slides out.",
                "An unsigned note is pinned to {lead}'s door at {place}.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Someone is watching {love}. This was taken today.",
                        "No name. Just a photo and one demand.",
                        "They want me to drop {stake}. Or else.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "I'll put someone on {love} tonight. Quietly.",
                        "Two of ours will shadow {love} around the clock.",
                        "I'll find the camera. Photos leave trails.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Don't tell {love}. Not yet.",
                        "Good. And find out who paid the photographer.",
                        "Whoever sent this just told me they're scared.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-drive",
            "beat": "stakes",
            "action": [
                "{wildcard} twirls a flash drive between two fingers.",
                "{wildcard} leans across the bar at {place}, drink untouched.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Everything you need to win {stake} is on this drive.",
                        "I know exactly how {rival} plans to take {stake}.",
                        "What would you pay to keep {stake}? Honestly.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Name the price. Then tell me why you're selling.",
                        "What do you want? And don't say money.",
                        "Nothing's free with you. What's the catch?",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "A favor, collected whenever I choose.",
                        "Just remember who helped when you're on top.",
                        "Call it an investment in the winning side.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-blood-list",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{elder} hands envelopes around the family. None for {lead}.",
                "A lawyer reads a list of names at {place}. {lead}'s is missing.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{stake} goes to real family only. Not you.",
                        "You have no share in {stake}. You never will.",
                        "Blood decides {stake}. Yours doesn't count here.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "Don't pout. You were never on the list.",
                        "Read it again. Your name still isn't there.",
                        "Outsiders get thank-you cards, not shares.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Blood, you said? I'll hold you to that.",
                        "Careful. Blood is exactly what I'll prove.",
                        "I'll remember you said blood decides.",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "stakes-ticket",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{love} places a plane ticket on the table in front of {lead}.",
                "{love} waits at the gate of {place}, a ticket in hand.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "One ticket. Leave with me tonight and forget {stake}.",
                        "Come away with me. Let them keep {stake}.",
                        "We could start over somewhere. Just the two of us.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "If I leave, they win everything. I can't.",
                        "Running won't make us free. Winning will.",
                        "Give me one more week. Then I'll explain everything.",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "The plane can wait. The board can't.",
                        "We're too close to stop now.",
                        "Your meeting is in an hour. Just a reminder.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-rev-suitors",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "Business cards pile up beside {lead}'s untouched glass.",
                "A line of executives waits to shake {lead}'s hand at {place}.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Every shark here wants {identity} on their side.",
                        "Half this room came to bid on {identity}.",
                        "Everyone wants a piece of {identity} tonight.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "They can wait. {stake} comes first.",
                        "Let them queue. Nobody gets an answer before {stake}.",
                        "I'm not for sale. Only {stake} matters.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "Enjoy it. Crowds turn fast.",
                        "They'll leave you the moment you stumble.",
                        "Smile while you can. {stake} is still open.",
                    ],
                },
            ],
        },
        {
            "id": "stakes-rev-grace",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{elder} steps between {lead} and {rival}, one hand raised.",
                "{elder} bangs a cane on the floor of {place}. Silence falls.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "You're {identity} now. Be generous. Let {rival} keep {stake}.",
                        "Show some grace, {identity}. Leave {stake} alone.",
                        "A true {family} forgives. Leave {rival} {stake}.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Generosity is for people who earned it.",
                        "Grace? You taught me there's no such thing.",
                        "{rival} stole it. Thieves don't get gifts.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "pleading",
                    "say": [
                        "Please. {stake} is all I have left.",
                        "I'll apologize. Anything. Just not {stake}.",
                        "Don't take it. I'm nothing without it.",
                    ],
                },
            ],
        },
        {
            "id": "rev-love-video",
            "beat": "reversal",
            "action": [
                "{love} holds up a phone, the screen turned to the room.",
                "{love} plays a video on the big screen at {place}.",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": [
                        "I filmed it. Every word you said that night.",
                        "I was recording the whole time. Watch.",
                        "You forgot I was standing right there.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "You'd do that to me? After everything?",
                        "Turn it off. It's out of context.",
                        "That proves nothing. Give me that phone.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Context, then. Play it from the start.",
                        "Let it run. The ending is the best part.",
                        "Thank you. That's all I needed.",
                    ],
                },
            ],
        },
        {
            "id": "rev-two-signatures",
            "beat": "reversal",
            "action": [
                "{lead} lays two signatures side by side under a lamp.",
                "A magnifying glass passes from hand to hand at {place}.",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Same name. Two different hands. Look closer.",
                        "One signature is real. Guess which.",
                        "Compare the loops. A child could see it.",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "That's not my signature. I never signed that.",
                        "Someone forged my name?",
                        "Who had access to my pen?",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "Don't look at me like that!",
                        "Anyone could have signed it. Anyone!",
                        "Why is everyone staring at me?",
                    ],
                },
            ],
        },
        {
            "id": "rev-recant",
            "beat": "reversal",
            "action": [
                "{wildcard} tears up a written statement in front of everyone.",
                "{wildcard} drops a signed confession onto the table at {place}.",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": [
                        "I lied before. I was paid to.",
                        "That statement I gave? Bought and paid for.",
                        "Let me correct my story. I was paid.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "You traitor. We had a deal!",
                        "You'll never work in this city again!",
                        "Shut up! You don't know what you're doing!",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Who paid you? Say the name clearly.",
                        "Everyone heard that. Including the lawyer.",
                        "Thank you for the honesty. Expensive, wasn't it?",
                    ],
                },
            ],
        },
        {
            "id": "rev-declined",
            "beat": "reversal",
            "action": [
                "{rival}'s card is declined. The waiter hands it back, frowning.",
                "A payment terminal beeps red in front of {rival} at {place}.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "Declined? Run it again. Now.",
                        "That's impossible. Try the other card.",
                        "There's been a mistake. Call the bank.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "No mistake. Your accounts are under review.",
                        "The bank got an anonymous tip. Very detailed.",
                        "Try all of them. They're frozen too.",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "Oh dear. Shall I get the bill?",
                        "Cash only tonight, darling? How retro.",
                        "I've never seen anyone fall so fast.",
                    ],
                },
            ],
        },
        {
            "id": "rev-bowing-staff",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "The hotel staff line up and bow as {lead} walks past.",
                "The general manager of {place} rushes over to {lead}, flustered.",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "Why are they bowing to you?",
                        "Since when do they greet you by name?",
                        "What is this? Some kind of joke?",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Your usual suite is ready. As always.",
                        "The usual table has been cleared for you.",
                        "Everything is arranged. Shall we go up?",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Enjoy your evening. The bill is on me.",
                        "Don't worry. They're just polite here.",
                        "Later. I'm enjoying the view.",
                    ],
                },
            ],
        },
        {
            "id": "rev-winning-bid",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "The winning bid is read aloud. Every head turns to {lead}.",
                "An envelope is opened at {place}. The name inside stuns the room.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "That bid came from you? How?",
                        "Where does someone like you find that money?",
                        "This must be a mistake. Read it again.",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "No mistake. Read the name twice.",
                        "I had some savings. Enough, apparently.",
                        "Money isn't hard to find. Trust is.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "It's rigged! Someone is covering for you!",
                        "You cheated. There's no other way!",
                        "Check it again. This is a fraud!",
                    ],
                },
            ],
        },
        {
            "id": "rev-rev-majority",
            "beat": "reversal",
            "identity": "revealed",
            "action": [
                "{aide} hands {lead} a stack of signed share transfers.",
                "Signatures fill the final page. {lead} caps the pen at {place}.",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "calm",
                    "say": [
                        "Fifty-one percent. The last holder signed an hour ago.",
                        "Majority confirmed. The company is yours.",
                        "All transfers are filed. Control changed at noon.",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "You bought my company as {identity}?",
                        "{identity} owns my company now? Since when?",
                        "So {identity} was buying me out all along?",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "Since you stopped paying attention.",
                        "You can keep your office until Friday.",
                        "Your chair is mine now. Sit elsewhere.",
                    ],
                },
            ],
        },
        {
            "id": "rev-rev-ally-walks",
            "beat": "reversal",
            "identity": "revealed",
            "action": [
                "{wildcard} walks past {elder} without a glance and stands beside {lead}.",
                "At {place}, {wildcard} crosses the floor and takes the seat next to {lead}.",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "You're siding with them? After all these years?",
                        "You'd abandon me in my own house?",
                        "Have you forgotten who made you?",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": [
                        "I back {identity}. The smart money moved.",
                        "I only side with winners. Today that's {identity}.",
                        "Loyalty follows the truth. The truth is {identity}.",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "Don't take it personally. Everyone chooses eventually.",
                        "You taught them loyalty has a price.",
                        "Your allies can count. That's all.",
                    ],
                },
            ],
        },
    ],
    "episode_titles": [
        "Red Wine, Cold Smile",
        "Kneel? Never",
        "Black Cars at the Curb",
        "The Door Slams Shut",
        "Who Owns {stake}?",
        "The Price of {stake}",
        "Not Your Servant",
        "Look Closer",
        "One Phone Call",
        "The Last Laugh",
        "Proof in Hand",
        "{prop}",
        "What {prop} Showed",
        "The Lie Unravels",
        "Bow Your Head",
        "Face to Face",
        "Rain on the Steps",
        "Checkmate at Dinner",
        "A Seat at the Head",
        "The Missing Page",
        "Midnight Warning",
        "Fall From Grace",
        "Torn Invitation",
        "The Truth Walks In",
        "Silence in the Hall",
        "Too Late to Beg",
        "A Dangerous Offer",
        "Count the Votes",
        "Behind Closed Doors",
        "Trapped",
        "The Secret Slips",
        "Who Set the Trap?",
        "Frozen Out",
        "Caught Red-Handed",
        "The Ring on the Floor",
        "No Way Back",
        "Burned Bridges",
        "Back Through the Front Door",
        "All Eyes on {lead}",
        "{rival} Panics",
        "{elder}'s Ultimatum",
        "The Deal Is Off",
        "Smile for the Cameras",
        "A Stranger Bows",
        "Enemies at the Table",
        "The Night Everything Changed",
        "Debts Come Due",
        "Game Over, {rival}",
        "Under the {family} Roof",
        "The Final Card",
        "Blood Is Thicker",
        "The Empty Chair",
        "Answer the Phone",
        "Witness",
    ],
}
