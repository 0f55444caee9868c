/// The compiled-in concept classes crisis detection reasons with, and the texting spellings it
/// reads before matching. Part of the floor: no intent file can change them, so a staff edit of
/// `lexicon.yaml` (contractions, synonyms) can never weaken crisis detection.
///
/// Members are phrases of lower-case words as `CrisisText` produces them (contractions already
/// expanded: write "do not", "can not", "i am"). Words of six letters or more also match with one
/// typo ("overdoseing", "breating", "narcon").
enum CrisisVocabulary {
    /// Texting spellings and contractions, rewritten before concepts are looked up.
    static let rewrites: [String: String] = [
        "im": "i am", "iam": "i am", "ive": "i have", "id": "i would", "ima": "i am going to", "imma": "i am going to",
        "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not", "cannot": "can not",
        "wont": "will not", "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
        "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not", "aint": "is not",
        "havent": "have not", "hasnt": "has not", "hes": "he is", "shes": "she is", "theyre": "they are",
        "whats": "what is", "thats": "that is", "theres": "there is", "its": "it is", "youre": "you are",
        "u": "you", "ur": "your", "ya": "you", "r": "are", "gonna": "going to", "gona": "going to", "goin": "going",
        "wanna": "want to", "wana": "want to", "gotta": "got to", "tryna": "trying to", "finna": "going to",
        "idc": "i do not care", "idgaf": "i do not care", "dgaf": "do not care", "idk": "i do not know",
        "rn": "right now", "tn": "tonight", "tonite": "tonight", "2nite": "tonight", "2night": "tonight",
        "tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow", "2morrow": "tomorrow", "b4": "before",
        "pls": "please", "plz": "please", "bf": "boyfriend", "gf": "girlfriend", "bc": "because", "cuz": "because",
        "kms": "kill myself", "kil": "kill", "killl": "kill", "jus": "just", "n": "and", "evr": "ever", "agin": "again",
        "aslep": "asleep", "wke": "wake", "wud": "would", "cud": "could", "shud": "should", "nvr": "never", "ded": "dead", "kys": "kill myself", "ktm": "kill myself", "sewerslide": "suicide", "sui": "suicide",
        "oding": "overdosing", "odding": "overdosing", "oded": "overdosed", "odeed": "overdosed",
        "ods": "overdoses", "narcane": "narcan", "fent": "fentanyl", "fetty": "fentanyl", "nomore": "no more", "everyones": "everyone is", "noone": "no one",
        "thru": "through", "wit": "with", "abt": "about", "bout": "about", "smth": "something", "sumthin": "something",
        "hed": "he would", "shed": "she would", "theyd": "they would", "itd": "it would", "lemme": "let me", "bieng": "being", "beign": "being", "bettr": "better", "beter": "better", "betta": "better",
    ]

    /// Concepts matched by exact word forms; the rest also match inflections by stem. Here the form
    /// carries the meaning: "overdosed" is an event, "overdose" a topic; "blues" are pills; "using"
    /// and "us" share a stem.
    static let exactForms: Set<String> = [
        "overdosed", "overdosing", "use-drug", "blue", "blue-only", "blue-cross", "took", "typo-targets", "negation",
        "self", "someone-else", "someone-is", "young-or-pet", "device", "body", "joking", "out", "narcanned", "cut-idiom", "pet-or-toddler", "fear-death", "naloxone-done",
        "breath-bad", "wake-fail",
    ]

    /// Concept name → member phrases: every group, and the generated acts of violence.
    /// Two groups defining one name is a programming error, caught when the tables load.
    static let concepts: [String: [String]] = Dictionary(
        uniqueKeysWithValues: [context, suicidal, method, overdose, harm, ordinary].flatMap { $0 } + [("harm-act", harmActs)] + spanish)

    /// "kill him", "hurting my wife", …: every violent verb with every target.
    static let harmActs: [String] = {
        let verbs = [
            "kill", "hurt", "shoot", "stab", "strangle", "murder", "choke", "beat up", "attack", "poison", "run over",
            "jump", "smother", "killing", "hurting", "shooting", "stabbing", "strangling", "choking", "attacking",
            "poisoning", "murdering", "beating",
        ]
        let people = [
            "him", "her", "them", "someone", "somebody", "people", "everyone", "everybody", "that guy", "that man",
            "that woman", "the guy", "the dealer", "a cop", "the cops", "them all", "all of them", "the next person",
            "anyone", "the man", "the woman", "that person", "the person", "this guy", "this man", "this woman",
        ]
        let relations = [
            "husband", "wife", "boyfriend", "girlfriend", "dad", "father", "mom", "mother", "brother", "sister", "son",
            "daughter", "partner", "boss", "ex", "neighbor", "roommate", "dealer", "stepdad", "stepmom", "landlord",
            "coworker", "coworkers", "family", "kids", "baby", "newborn", "kid", "child", "children", "teacher",
            "friend", "cousin", "uncle", "aunt", "moms", "dads",
        ]
        let targets = people + relations.flatMap { ["my " + $0, "his " + $0, "her " + $0] }
        return verbs.flatMap { verb in targets.map { verb + " " + $0 } }
    }()
}
