extension CrisisVocabulary {
    /// An overdose in progress: unresponsive, breathing, colour, naloxone being used (911).
    static let overdose: [String: [String]] = [
        // Naloxone in the visitor's hands now: a how-to question ("which way does it go in") is then
        // an emergency, not an information request.
        "naloxone-in-hand": [
            "got the narcan out", "have the narcan", "have narcan here", "narcan in my hand", "got narcan here",
            "holding the narcan", "narcan kit in my hand", "have the kit", "got the kit out", "opened the narcan",
            "have the nasal spray", "got the spray out", "have the naloxone", "got the naloxone out",
        ],
        // Time since a dose taken moments ago: "maybe 30 min ago".
        "time-since": ["minutes ago", "min ago", "mins ago", "an hour ago", "half an hour ago", "hour ago", "a minute ago"],
        "ever-question": ["is it ever", "can it ever", "ever too late", "ever be too late"],
        "too-late-naloxone": [
            "too late for narcan", "too late for the narcan", "too late to give narcan", "too late to give him narcan",
            "too late to give her narcan", "too late for naloxone", "too late to narcan",
        ],
        "blue-person": [
            "my buddy is blue", "my dude is blue", "my friend is blue", "my man is blue", "he is blue", "she is blue",
            "he is all blue", "she is all blue", "he is going blue", "she is going blue", "his face is blue",
            "her face is blue", "he is purple", "she is purple", "he is gray", "she is gray", "he is grey", "she is grey",
        ],
        "unresponsive": [
            "unresponsive", "unconscious", "not responsive", "not responding", "not moving", "limp", "lifeless",
            "out cold", "eyes rolled back", "eyes rolling back", "eyes are rolled", "no pulse",
            "can not find a pulse", "barely conscious", "not conscious", "is not responding", "not responding to",
            "will not open his eyes", "will not open her eyes", "not opening his eyes", "not opening her eyes",
            "can not get him up", "can not get her up", "can not get them up", "can not get him awake",
            "can not get her awake", "cold to the touch", "not breathing right", "passed out and",
            "nodded out and", "knocked out and", "like a rag doll", "not rousing", "will not respond to anything",
            "does not move", "will not move", "not moving at all", "no response", "no reaction",
            "will not stay awake", "can not stay awake", "can not keep his eyes open",
            "can not keep her eyes open", "not stay awake", "keeps nodding off and", "clammy", "him and nothing",
            "her and nothing", "them and nothing", "floppy",
            "body is floppy", "breaths a minute", "breath a minute", "breathes a minute", "slumped",
            "slumped over", "needle still in his arm", "needle in his arm", "needle still in her arm",
            "needle in her arm", "can not hold her head up", "can not hold his head up", "so drowsy",
            "too drowsy to",
        ],
        "wake-fail": [
            "not waking up", "not waking", "will not wake up", "wont wake up", "can not wake up",
            "not waking up at all", "is not waking",
        ],
        "not-responding": [
            "not respond", "not responding", "not answer", "not answering", "not wake", "not waking",
            "not move", "not moving", "not open the door", "not answer the door", "not opening the door",
            "not answer me", "not answering me", "not respond to me", "not open his eyes", "not open her eyes",
            "not wake up",
        ],
        "out": [
            "passed out", "blacked out", "nodded out", "nodding out", "knocked out", "collapsed", "fell over",
            "went down", "nodding back out", "fading", "is out", "passing out",
            "passed out cold", "out cold", "hes passing out", "he is passing out", "she is passing out",
            "been out", "is been out", "has been out", "out like",
        ],
        "out-of": [
            "out of", "got out", "gets out", "is out of", "out tonight", "going out tonight", "going out with",
            "out with", "out for",
        ],
        "respond": [
            "respond", "responding", "answer", "answering", "wake", "waking", "wake up", "react", "reacting",
            "open his eyes", "open her eyes", "open their eyes", "come around", "come round", "snap out",
            "move at all", "rouse", "stir", "budge", "open the door", "answer the door", "answer me",
            "respond to me", "respond to anything", "wake up at all",
        ],
        "get-person-to": [
            "get him to", "get her to", "get them to", "get my", "make him", "make her", "make them",
            "getting him to", "getting her to", "get him", "get her", "get them",
        ],
        "device": [
            "phone", "phones", "calls", "texts", "text", "texting", "messages", "message", "email", "emails",
            "dms", "snap", "snapchat", "facetime",
        ],
        "naloxone": [
            "naloxone", "narcan", "narcan spray", "nasal spray", "kloxxado", "zimhi", "nalaxone", "the spray",
            "nasal narcan", "narcans", "naloxones", "narcanned", "narcaned",
        ],
        "naloxone-done": [
            "gave", "gave him", "gave her", "given", "sprayed", "used", "administered", "hit him with",
            "hit her with", "two doses", "three doses", "2 doses", "3 doses", "both doses", "two narcans",
            "injected", "shot him with",
        ],
        "naloxone-again": [
            "still", "again", "another", "second", "not working", "did not work", "is not working", "wore off",
            "wearing off", "another dose", "second dose", "third", "last one", "ran out", "not enough",
            "do i give", "should i give", "do i use", "should i use", "how many do i", "is it working",
            "narcan is not working", "second one", "another one", "how many narcans",
            "how many doses of narcan", "ran out of",
        ],
        "need-naloxone-now": [
            "need narcan now", "need narcan right now", "narcan now", "naloxone now", "narcan asap", "narcan fast",
            "narcan quick", "need naloxone now", "need naloxone right now", "need a narcan", "grab the narcan",
            "spraying it now", "sprayed it what now", "just sprayed", "spraying it in", "sprayed it in his nose",
            "sprayed it in her nose",
        ],
        "dying-now": [
            "is dying", "he is dying", "she is dying", "they are dying", "he is going to die",
            "she is going to die", "he is gonna die", "going to die", "is turning", "is not waking",
        ],
        "breath": [
            "breathing", "breathe", "breath", "breaths", "breathes", "breating", "breathin",
        ],
        "breath-bad": [
            "not", "stopped", "barely", "hardly", "slow", "slowly", "slowed", "shallow", "weird", "funny", "strange",
            "irregular", "struggling", "trouble", "hard", "heavy", "labored", "gasping", "stops", "stopping",
            "can not", "very little", "no", "short", "stopped and started", "rattling", "raspy", "wrong",
            "really slow", "faint", "slowing", "slowing down",
        ],
        "gurgle": [
            "gurgling", "gurgle", "gurgles", "gurgled", "death rattle", "snoring sound", "snoring sounds",
            "snoring weird", "snoring really loud", "weird snoring", "loud snoring", "choking sounds", "foaming",
            "foam", "foaming at the mouth", "rattle in", "gasping for air", "gasping for breath", "choking on",
            "choking", "vomit in his mouth", "throwing up while passed out", "making weird noises", "weird noises",
            "rattle", "like a rattle", "sounds like a rattle", "rattling",
        ],
        "blue": [
            "blue", "purple", "gray", "grey", "ashen", "pale", "white", "bluish", "purplish", "grayish", "greyish",
            "dark", "black", "dusky",
        ],
        "blue-only": [
            "blue", "purple", "gray", "grey", "bluish", "ashen",
        ],
        "blue-cross": [
            "blue cross", "blue shield", "bluecross", "blue care", "blue light", "blue pill", "blue pills",
            "blues",
        ],
        "body": [
            "lips", "lip", "face", "skin", "fingers", "fingertips", "fingernails", "nails", "mouth", "toes",
            "hands",
        ],
        "turning": [
            "turning", "turned", "going", "gone", "went", "is", "are", "looks", "look", "looking", "getting",
        ],
        "pupils": [
            "pinpoint pupils", "pupils are tiny", "pupils are pinpoint", "tiny pupils", "pupils like pins",
            "pupils are pinpoints", "pinpoints", "pupils are pinned", "pinned pupils",
        ],
        "overdosing": [
            "overdosing", "having an overdose", "is overdosing", "are overdosing", "am overdosing",
            "in an overdose", "overdosing right now", "going into an overdose", "having an od", "overdosin",
            "od ing", "overdose happening", "overdose right now", "overdose rn", "overdosing rn",
            "is having an overdose", "think he is overdosing", "think she is overdosing",
        ],
        "overdosed": [
            "overdosed", "od", "od d", "oded", "o d",
        ],
        "took": [
            "took", "taken", "had", "used", "did", "swallowed", "snorted", "injected", "shot", "smoked",
            "popped", "ate", "drank", "mixed", "combined", "shot up", "done", "dosed", "double dosed",
            "doubled", "took another", "took two", "took it again", "gave", "given",
        ],
        "too-much": [
            "too much", "too many", "way too much", "way too many", "a whole bottle", "the whole bottle", "all my",
            "all of my", "all his", "all her", "a handful", "handful", "everything i had", "a bunch of",
            "bunch of", "entire bottle", "whole bottle", "whole pack", "whole bag", "a lot of", "a ton of",
            "triple", "more than i should", "way more than", "more than usual", "double what", "twice as much",
            "too strong", "too big", "extra", "all of them", "all of it", "all the pills", "the rest of",
            "them all", "took them all",
        ],
        "trying-to-wake": [
            "shaking him", "shaking her", "shaking them", "shook him", "shook her", "slapping him", "slapping her",
            "yelling his name", "yelling her name", "calling his name", "calling her name", "splashing water",
            "rubbing his chest", "rubbing her chest", "sternum rub", "pinching him", "pinching her",
        ],
        // Naloxone given or at hand and the person still not coming round.
        "naloxone-failed": [
            "nothing works", "nothing is working", "not working", "did not work", "does not work", "is not working",
            "is not doing anything", "not doing anything", "still nothing", "no response", "still out",
            "still not", "not coming to", "not coming around", "not waking",
        ],
        // "what if narcan is not working": asking about naloxone, not using it.
        "naloxone-asking": [
            "what if", "what happens if", "in case", "does narcan", "will narcan", "can narcan", "why would",
            "why does", "is it normal", "how often", "how long does",
        ],
        "person-down": [
            "on the floor", "on the ground", "on the bathroom floor", "on the kitchen floor", "slumped", "face down",
            "collapsed", "keeled over", "fell over", "is down", "went down", "lying there",
        ],
        "no-result": [
            "nothing", "no response", "still nothing", "not responding", "no reaction", "not waking",
            "he will not", "she will not", "does not move", "not moving",
            "nothing works", "nothing is working", "not working", "did not work", "does not work", "is not doing anything", "not doing anything",
        ],
        "narcanned": [
            "narcanned", "narcaned", "just narcanned", "we narcanned", "i narcanned", "narcanned him",
            "narcanned her", "narcan worked for", "narcan wore off", "narcan is wearing off",
        ],
        "recent-use": [
            "just did a shot", "just shot up", "just did", "just hit", "just used", "just took", "just snorted",
            "just smoked", "did a shot", "shot up", "took a hit", "the stuff was", "this batch", "way too high",
            "way stronger", "stronger than usual", "had tranq", "had fent in it", "was laced", "took like",
            "an hour ago", "did a bump", "a bump of", "did a line", "what i thought was", "since i used",
            "ever since i used", "i used an hour ago",
            "used my old amount", "my old amount", "my old dose", "same amount as before", "the amount i used to", "used like i used to", "after being clean",
        ],
        "self-symptom": [
            "chest feels heavy", "chest feels really heavy", "chest is heavy", "lips feel numb", "going dark",
            "everything is going dark", "can barely move", "barely move", "going out", "feel like i am going out",
            "nodding off", "way too high", "scared i am overdosing", "too high", "can not breathe",
            "hard to breathe", "heart is slow", "can not feel my", "numb", "can not keep my eyes open",
            "feel myself nodding", "if i stop answering", "send help", "really sleepy", "so sleepy",
            "getting sleepy", "can not feel my arms", "can not feel my legs", "keep dozing off", "dozing off",
            "waking up gasping", "gasping", "getting really sleepy",
            "going under", "feel like i am going under", "heart is beating really slow", "heart is beating slow", "heartbeat is slow", "heartbeat is really slow", "heart beating slow", "getting really dizzy", "really dizzy and sleepy", "dizzy and sleepy",
        ],
    ]
}
