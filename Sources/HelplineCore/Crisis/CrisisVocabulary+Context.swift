extension CrisisVocabulary {
    /// Who, when, and how urgent: the concepts most rules combine with.
    static let context: [String: [String]] = [
        "self": [
            "i", "me", "my", "myself", "mine",
        ],
        "someone-else": [
            "he", "she", "they", "him", "her", "them", "his", "friend", "buddy", "boyfriend", "girlfriend",
            "husband", "hubby", "wife", "son", "daughter", "brother", "bro", "sister", "sis", "mom", "mum",
            "mother", "dad", "father", "roommate", "cousin", "partner", "fiance", "fiancee", "uncle", "aunt",
            "nephew", "niece", "someone", "somebody", "guy", "girl", "man", "woman", "person", "grandpa",
            "grandma", "coworker", "neighbor", "homie", "mate", "stepson", "stepdad", "spouse", "baby daddy",
        ],
        "someone-is": [
            "he is", "she is", "they are", "my friend is", "he looks", "she looks", "his lips are", "her lips are",
            "his face is", "her face is", "he is turning", "she is turning",
            "my son is", "my daughter is", "my husband is", "my wife is", "my boyfriend is", "my girlfriend is", "my brother is", "my sister is", "my mom is", "my dad is", "my roommate is", "my partner is", "he is limp", "she is limp",
        ],
        "young-or-pet": [
            "child", "kid", "kids", "baby", "toddler", "infant", "son", "daughter", "grandson", "granddaughter",
            "grandchild", "grandkid", "little one", "year old", "yr old", "month old", "dog", "cat", "puppy",
            "kitten", "pet", "niece", "nephew", "little brother", "little sister", "boy", "girl", "teenager",
            "teen", "yo", "y o", "yr", "years old", "mos old", "grandbaby", "little girl", "little boy",
            "my puppy", "my dog", "my cat", "the dog", "the cat", "the baby", "newborn", "pupper", "doggo", "pup",
        ],
        "negation": [
            "not", "never", "no longer", "no more", "nothing",
        ],
        "when-final": [
            "tonight", "today", "now", "right now", "soon", "tomorrow", "this weekend", "after this",
            "after tonight", "after work", "after i send this", "after this message", "after this chat",
            "when everyone is asleep", "before morning", "for good", "once and for all", "finally", "by tomorrow",
            "this week", "in an hour", "one last time", "this time", "later", "later tonight", "before my",
            "when they leave", "at midnight", "by the end of", "very soon", "any minute", "this friday",
            "on my birthday", "this is it", "anymore", "when i get home", "in a few minutes", "in a few",
            "few minutes", "when i get back", "when they are asleep", "when everyone leaves", "at once", "the day",
            "that day", "on friday", "on saturday", "on sunday", "on monday", "friday", "saturday", "sunday",
            "monday", "tuesday", "wednesday", "thursday", "new years", "end of the month", "next week",
            "this month", "by friday", "the day i", "goes to sleep", "is asleep", "falls asleep",
            "when she leaves", "when he leaves",
            "after my shift", "after my shift tonight", "after work tonight",
            "when i get off work", "when i get off", "after i get off work", "when my shift ends", "after my shift ends",
        ],
        "again-now": [
            "again", "lately", "these days", "tonight", "today", "right now", "still", "coming back",
            "back again", "this week", "recently", "all the time", "every day", "every night", "constantly",
            "rn", "starting to", "lately", "at the moment", "currently", "this morning", "#number minutes",
            "minutes ago", "in a few minutes", "are back", "is back", "came back", "come back", "returning",
            "have returned",
        ],
        "self-intent": [
            "i want to", "i am going to", "i will", "i am planning", "i plan to", "i am about to",
            "i am ready to", "i have decided", "i think about", "i keep thinking", "i am thinking",
        ],
        "first-person-now": [
            "i am having", "i have been", "i get", "i keep", "i feel", "i am feeling", "right now", "i still",
            "i am getting", "i have been having", "i have them", "i have these", "i have suicidal",
            "i have had suicidal thoughts lately",
        ],
        "urgent-strong": [
            "right now", "rn", "asap", "hurry", "help me", "please help", "someone help", "help help", "911",
            "what should i do now", "omg", "oh my god", "oh god", "emergency", "immediately", "quick", "quickly",
            "now what", "it is not working", "just now", "currently", "as we speak", "in front of me",
            "next to me", "here with me", "anyone have narcan", "does anyone have", "someone bring",
            "closest place", "nearest place", "is passing out", "he is passing out", "she is passing out",
            "is turning blue", "is not breathing", "is seizing", "friend is overdosing", "he is overdosing",
            "she is overdosing", "fast my", "what do i do now", "what do we do now", "what do i do he",
            "what do i do she", "what do i do help", "what do i do please", "please what do i do",
            "forget what to do", "forgot what to do", "do not remember what to do", "can not remember what to do", "forgot how to use it", "forget how to use it",
        ],
        "just-now": [
            "just", "just now", "minutes ago", "an hour ago", "a few minutes", "earlier today", "this morning",
        ],
        "present-progressive": [
            "is having", "am having", "are having", "is seizing", "right now", "started",
        ],
        "typo-targets": [
            "overdose", "overdosed", "overdosing", "breathing", "breathe", "naloxone", "narcan",
            "unresponsive", "unconscious", "suicide", "suicidal", "fentanyl", "seizure", "seizures", "seizing",
            "myself", "himself", "herself", "tonight", "tomorrow", "anymore", "someone", "somebody",
            "responding", "respond", "gurgling", "poisoning", "swallowed", "accidentally", "accidently",
            "purpose", "disappear", "burden", "everyone", "everybody", "killing", "wrists", "unalive",
            "methadone", "suboxone", "heroin", "pills", "waking", "convulsing", "collapsed", "lifeless",
            "overdoses", "nobody", "cutting", "burning", "hurting", "harming",
        ],
    ]
}
