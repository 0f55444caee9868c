/// Which concept rule recognised a crisis, and the words that made each concept fire.
public struct CrisisFinding: Sendable, Hashable {
    public var category: CrisisCategory
    /// The rule's name, for explanations.
    public var rule: String
    /// `concept: words` for every concept the rule needed, in the rule's order.
    public var concepts: [String]
    /// Set when the rule matched but a concept marking the message as ordinary cancelled it.
    public var cancelledBy: String?
    /// The language of the rule that matched: a Spanish rule's finding is answered in Spanish.
    public var language: VisitorLanguage = .english
}

/// Recognises crises by combinations of concept classes within a window of words: tolerant of
/// inserted and trailing words, texting spellings and one typo on longer words. Compiled in
/// (`CrisisVocabulary`, `CrisisConceptRules`): the floor no intent file can remove.
public struct CrisisDetector: Sendable {
    /// A concept member: word ids when the concept needs exact forms, else stem ids.
    private struct Phrase: Sendable {
        var concept: Int
        var ids: [Int32]
        var exact: Bool
    }

    private struct CompiledRule: Sendable {
        var rule: CrisisConceptRule
        var needs: [[Int]]
        var unless: [Int]
        var unlessGroups: [[Int]]
        var despite: [Int]
        var never: [Int]
    }

    private let conceptNames: [String]
    private let wordIDs: [String: Int32]
    private let stemIDs: [String: Int32]
    private let phrasesByFirstWord: [Int32: [Phrase]]
    private let phrasesByFirstStem: [Int32: [Phrase]]
    private let stemmer = Stemmer()
    private let rules: [CompiledRule]
    private let corrector: SpellingCorrector

    /// Concepts that rules reference but nothing defines: a programming error the tests catch.
    let undefinedConcepts: [String]

    /// Words of this length or more may carry one typo.
    static let typoLength = 6

    /// - Parameters:
    ///   - knownWords: words that are spelled right even though no crisis concept uses them
    ///     (the intents' vocabulary), so "putting" is never read as "cutting".
    ///   - useScorer: whether the learned scorer backs the rules up (off while it is being trained).
    public init(knownWords: Set<String> = [], useScorer: Bool = true) {
        self.useScorer = useScorer
        var names: [String] = []
        var index: [String: Int] = [:]
        func conceptIndex(_ name: String) -> Int {
            if let existing = index[name] { return existing }
            index[name] = names.count
            names.append(name)
            return names.count - 1
        }
        var wordIDs: [String: Int32] = [:]
        func intern(_ word: String) -> Int32 {
            if let id = wordIDs[word] { return id }
            let id = Int32(wordIDs.count)
            wordIDs[word] = id
            return id
        }
        var stemIDs: [String: Int32] = [:]
        let stemmer = Stemmer()
        func internStem(_ word: String) -> Int32 {
            let stem = Self.stem(word, stemmer)
            if let id = stemIDs[stem] { return id }
            let id = Int32(stemIDs.count)
            stemIDs[stem] = id
            return id
        }
        var byFirstWord: [Int32: [Phrase]] = [:]
        var byFirstStem: [Int32: [Phrase]] = [:]
        let sources = CrisisVocabulary.concepts
        for name in sources.keys.sorted() {
            let concept = conceptIndex(name)
            let exact = CrisisVocabulary.exactForms.contains(name)
            for member in sources[name] ?? [] {
                // "#number" and "#year" stand for numbers in a message; everything else reads like a message.
                let words = member.split(separator: " ").flatMap { part in
                    part.hasPrefix("#") ? [String(part)] : CrisisText.words(String(part))
                }
                guard !words.isEmpty else { continue }
                let wordIDs = words.map(intern)
                if exact {
                    byFirstWord[wordIDs[0], default: []].append(Phrase(concept: concept, ids: wordIDs, exact: true))
                } else {
                    let stems = words.map(internStem)
                    byFirstStem[stems[0], default: []].append(Phrase(concept: concept, ids: stems, exact: false))
                }
            }
        }
        var undefined: [String] = []
        func resolve(_ name: String) -> [Int] {
            if let parts = CrisisConceptRules.derived[name] { return parts.flatMap(resolve) }
            guard let concept = index[name] else {
                undefined.append(name)
                return []
            }
            return [concept]
        }
        self.rules = CrisisConceptRules.all.map { rule in
            CompiledRule(
                rule: rule, needs: rule.needs.map(resolve), unless: rule.unless.flatMap(resolve),
                unlessGroups: (rule.unless + rule.never).map(resolve),
                despite: rule.despite.flatMap(resolve), never: rule.never.flatMap(resolve))
        }
        self.scorerSilencers = (CrisisScorer.silencedBy + CrisisScorer.spanishSilencers).flatMap(resolve)
        self.undefinedConcepts = undefined
        self.conceptNames = names
        // The scorer was trained on English; the Spanish concepts stay out of its features.
        self.scorerConcepts = names.map { !$0.hasPrefix("es-") }
        self.wordIDs = wordIDs
        self.phrasesByFirstWord = byFirstWord
        self.phrasesByFirstStem = byFirstStem
        self.stemIDs = stemIDs
        var vocabulary: [String: Int] = [:]
        // Only distinctive crisis words are typo targets: "filled" must never become "killed".
        for word in CrisisVocabulary.concepts["typo-targets"] ?? [] where word.utf8.count >= Self.typoLength { vocabulary[word] = 1 }
        self.corrector = SpellingCorrector(vocabulary: vocabulary, minimumLength: Self.typoLength, twoEditLength: .max)
        self.knownWords = knownWords.union(CrisisText.commonWords)
    }

    private let knownWords: Set<String>
    private let scorerConcepts: [Bool]
    private let useScorer: Bool
    private let scorerSilencers: [Int]

    /// A message as crisis detection reads it: its words, their stems, where each concept occurs.
    struct Analysis {
        var words: [String]
        var stems: [String]
        /// By concept index: the word ranges where a member occurs.
        var occurrences: [[Range<Int>]]
    }

    func analyze(_ text: String) -> Analysis {
        let words = CrisisText.words(text)
        // Each word as an exact form and as a stem ("ending" meets "end", "seized" meets "seizing").
        var ids: [Int32] = []
        var stemIDs: [Int32] = []
        var stemTexts: [String] = []
        ids.reserveCapacity(words.count)
        stemIDs.reserveCapacity(words.count)
        for word in words {
            var form = word
            // Dropped g's: "endin", "thinkin", "nothin".
            if wordIDs[word] == nil, word.hasSuffix("in"), wordIDs[word + "g"] != nil { form = word + "g" }
            if wordIDs[form] == nil, word.utf8.count >= Self.typoLength, !knownWords.contains(word),
                let fixed = corrector.correction(for: word) {
                form = fixed
            }
            let stem = Self.stem(form, stemmer)
            ids.append(wordIDs[form] ?? -1)
            stemIDs.append(self.stemIDs[stem] ?? -1)
            stemTexts.append(stem)
        }
        var occurrences = [[Range<Int>]](repeating: [], count: conceptNames.count)
        func collect(_ sequence: [Int32], _ table: [Int32: [Phrase]]) {
            for start in sequence.indices {
                guard let phrases = table[sequence[start]] else { continue }
                for phrase in phrases {
                    let end = start + phrase.ids.count
                    if end <= sequence.count, sequence[start..<end].elementsEqual(phrase.ids) {
                        occurrences[phrase.concept].append(start..<end)
                    }
                }
            }
        }
        collect(ids, phrasesByFirstWord)
        collect(stemIDs, phrasesByFirstStem)
        return Analysis(words: words, stems: stemTexts, occurrences: occurrences)
    }

    /// What the learned scorer reads: stems, neighbouring stem pairs and the concepts that occur.
    func scorerFeatures(_ analysis: Analysis) -> [String] {
        var features = analysis.stems.map { "w:" + $0 }
        for i in analysis.stems.indices.dropFirst() { features.append("b:" + analysis.stems[i - 1] + " " + analysis.stems[i]) }
        for (concept, found) in analysis.occurrences.enumerated() where !found.isEmpty && scorerConcepts[concept] { features.append("c:" + conceptNames[concept]) }
        return features
    }

    /// Every rule that fires on `text`, in rule order (the same category may appear more than once);
    /// when none fires, the learned scorer's finding, if it is sure enough.
    /// With `includeCancelled`, also the rules an ordinary framing cancelled, to explain a miss.
    public func findings(in text: String, includeCancelled: Bool = false) -> [CrisisFinding] {
        let analysis = analyze(text)
        guard !analysis.words.isEmpty else { return [] }
        // The scorer speaks only where no rule fired. Where an ordinary framing cancelled a rule
        // ("what are the signs of…", "in 2019") it must be surer to overrule it: the framing
        // words are often a crisis's own ("she woke up after the narcan 5 minutes ago…").
        let found = ruleFindings(analysis, includeCancelled: true)
        let live = found.filter { $0.cancelledBy == nil }
        if !live.isEmpty || !useScorer { return includeCancelled ? found : live }
        // Idioms and jokes ("roll the die", "lol") silence it too.
        let threshold = found.isEmpty ? CrisisScorer.threshold : CrisisScorer.overruleThreshold
        guard !scorerSilencers.contains(where: { !analysis.occurrences[$0].isEmpty }), VisitorLanguage.of(words: analysis.words, text: text) == .english,
            let scorer = CrisisScorer.shared, let learned = scorer.finding(scorerFeatures(analysis), threshold: threshold)
        else { return includeCancelled ? found : live }
        return (includeCancelled ? found : live) + [learned]
    }

    /// Why the learned scorer stayed silent on `text`, for an evaluation's list of misses.
    func scorerSilence(in text: String) -> String? {
        let analysis = analyze(text)
        guard useScorer, let scorer = CrisisScorer.shared else { return nil }
        if let silencer = scorerSilencers.first(where: { !analysis.occurrences[$0].isEmpty }) {
            return "scorer silenced by \(conceptNames[silencer])"
        }
        if VisitorLanguage.of(words: analysis.words, text: text) == .spanish { return "scorer silent: the message reads as Spanish" }
        let features = scorerFeatures(analysis)
        guard features.contains(where: CrisisScorer.evidence.contains) else { return "scorer: no evidence concept" }
        guard let p = scorer.probability(features) else { return nil }
        let cancelled = !ruleFindings(analysis, includeCancelled: true).isEmpty
        let threshold = cancelled ? CrisisScorer.overruleThreshold : CrisisScorer.threshold
        if p >= threshold {
            return p < CrisisScorer.sureThreshold && !features.contains(where: CrisisScorer.strongEvidence.contains)
                ? "scorer: p = \(Int((p * 100).rounded()))%, but no strong-evidence concept (needed below \(Int((CrisisScorer.sureThreshold * 100).rounded()))%)"
                : "scorer: p = \(Int((p * 100).rounded()))%, but its category needs a word it lacks (poisoning: a substance)"
        }
        return "scorer: p = \(Int((p * 100).rounded()))%, below \(Int((threshold * 100).rounded()))%\(cancelled ? " (to overrule a cancelled rule)" : "")"
    }

    private func ruleFindings(_ analysis: Analysis, includeCancelled: Bool) -> [CrisisFinding] {
        let words = analysis.words
        let occurrences = analysis.occurrences
        func present(_ concepts: [Int]) -> Bool { concepts.contains { !occurrences[$0].isEmpty } }

        var found: [CrisisFinding] = []
        for compiled in rules {
            // Most rules lack a concept: rule them out before gathering any occurrences.
            guard compiled.needs.allSatisfy(present) else { continue }
            let rule = compiled.rule
            let candidates = compiled.needs.map { group in group.flatMap { concept in occurrences[concept] } }
            guard let chosen = Self.combination(candidates, ordered: rule.ordered, window: rule.window) else { continue }
            let cancelled = (present(compiled.unless) && !present(compiled.despite)) || present(compiled.never)
            if cancelled, !includeCancelled { continue }
            let explained = zip(rule.needs, chosen).map { name, range in
                "\(name): " + words[range].joined(separator: " ")
            }
            var finding = CrisisFinding(category: rule.category, rule: rule.name, concepts: explained, language: rule.language)
            if cancelled {
                let blocker = zip(rule.unless + rule.never, compiled.unlessGroups).first { present($0.1) }
                finding.cancelledBy = blocker.map { name, group in
                    let range = group.lazy.compactMap { occurrences[$0].first }.first
                    return name + (range.map { ": " + words[$0].joined(separator: " ") } ?? "")
                }
            }
            found.append(finding)
        }
        return found
    }

    /// The shared stemmer's stem without a final "e", so that "ending" ("ende") meets "end".
    private static func stem(_ word: String, _ stemmer: Stemmer) -> String {
        let stem = stemmer.stem(word)
        return stem.utf8.count > 3 && stem.hasSuffix("e") ? String(stem.dropLast()) : stem
    }

    /// One occurrence per needed concept, not overlapping, all inside `window` words (and in
    /// order when asked); the earliest such choice, or nil.
    private static func combination(_ candidates: [[Range<Int>]], ordered: Bool, window: Int) -> [Range<Int>]? {
        var chosen: [Range<Int>] = []
        func search(_ level: Int) -> Bool {
            if level == candidates.count { return true }
            for range in candidates[level] {
                if ordered, let last = chosen.last, range.lowerBound < last.upperBound { continue }
                if chosen.contains(where: { $0.overlaps(range) }) { continue }
                let low = min(range.lowerBound, chosen.map(\.lowerBound).min() ?? range.lowerBound)
                let high = max(range.upperBound, chosen.map(\.upperBound).max() ?? range.upperBound)
                if high - low > window { continue }
                chosen.append(range)
                if search(level + 1) { return true }
                chosen.removeLast()
            }
            return false
        }
        return search(0) ? chosen : nil
    }
}

/// The words crisis detection reads: folded, apostrophes dropped, texting spellings and
/// contractions rewritten from the compiled-in table only.
enum CrisisText {
    /// Forms whose apostrophe-less spelling is another word ("he'll" / "hell").
    static let apostropheRewrites: [String: String] = [
        "od'd": "overdosed", "sh'd": "self harmed", "sh'ing": "self harming", "o'd": "overdosed", "he'll": "he will", "she'll": "she will", "we'll": "we will",
        "i'll": "i will", "i'd": "i would", "we'd": "we would", "he'd": "he would", "she'd": "she would",
        "it's": "it is", "can't": "can not", "won't": "will not",
    ]

    /// "30", "200mg", "2yo": a number, and the unit after it ("" when none).
    static func numberAndUnit(_ token: String) -> String? {
        guard let first = token.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let digits = token.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
        let unit = String(decoding: token.utf8.dropFirst(digits.count), as: UTF8.self)
        guard unit.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        return unit
    }

    /// Everyday words one typo away from a crisis word ("putting" / "cutting"): never corrected.
    static let commonWords: Set<String> = [
        "putting", "hunting", "getting", "sitting", "hitting", "tired", "tried", "dyeing", "lying", "living",
        "loving", "giving", "moving", "having", "saving", "waking", "making", "taking", "baking", "liking",
        "hiking", "biking", "breathe", "breath", "bleeding", "feeding", "reading", "needing", "leading",
        "heading", "seeding", "weeding", "lipstick", "blues", "clues", "glues", "nothing", "something",
        "anything", "everything", "morning", "evening", "warning", "learning", "earning", "burning", "turning",
        "outing", "routing", "pouting", "shouting", "suiting", "cutest", "winning", "pinning", "spinning",
        "boring", "coring", "caring", "daring", "sharing", "staring", "scaring", "parking", "barking",
        "marking", "working", "walking", "talking", "calling", "falling", "selling", "telling", "willing",
        "killer", "filling", "billing", "chilling", "thrilling", "overdue", "override", "overrode", "overdone",
        "naloxone", "respond", "response", "responsible", "moving", "mowing", "rowing", "bowing",
    ]

    static func words(_ text: String) -> [String] {
        var result: [String] = []
        for raw in TextNormalizer.rawTokens(TextNormalizer.fold(text)) {
            if let rewrite = CrisisVocabulary.rewrites[raw] {
                result.append(contentsOf: rewrite.split(separator: " ").map(String.init))
                continue
            }
            if raw != "911", raw != "988", let number = numberAndUnit(raw) {
                // A year says "when" ("in 2019"); any other number says "how much".
                let isYear = number.isEmpty && raw.utf8.count == 4 && (raw.hasPrefix("19") || raw.hasPrefix("20"))
                result.append(isYear ? "#year" : "#number")
                if !number.isEmpty { result.append(number) }
                continue
            }
            var word = raw
            if word.utf8.contains(UInt8(ascii: "'")) {
                if let rewrite = apostropheRewrites[word] {
                    result.append(contentsOf: rewrite.split(separator: " ").map(String.init))
                    continue
                }
                if word.hasSuffix("'s"), !["he's", "she's", "it's", "that's", "what's", "there's"].contains(word) {
                    word.removeLast(2)
                }
                word.removeAll { $0 == "'" }
            }
            if let rewrite = CrisisVocabulary.rewrites[word] {
                result.append(contentsOf: rewrite.split(separator: " ").map(String.init))
            } else if word == "self", result.last == "my" {
                result[result.count - 1] = "myself"
            } else if !word.isEmpty {
                result.append(word)
            }
        }
        return result
    }
}
