extension VisitorLanguage {
    /// Spanish words that English messages (and the general-assistant queries of CLINC150) almost
    /// never use. Words both languages write ("me", "no", "a", "mi", "son", "sin", "un", "con",
    /// "tu", "si") count for neither.
    static let spanishWords: Set<String> = [
        "que", "q", "del", "los", "las", "por", "para", "pero", "como", "donde", "cuando", "cuanto", "cuanta",
        "cuantos", "cuantas", "porque", "xq", "pq", "estoy", "esta", "estan", "estas", "tengo", "tiene", "tienen",
        "tienes", "puedo", "puede", "pueden", "quiero", "kiero", "necesito", "hola", "gracias", "ayuda", "ayudar",
        "muy", "tambien", "hay", "soy", "usted", "ustedes", "hijo", "hija", "esposo", "esposa", "mis", "nada",
        "nadie", "algo", "alguien", "desde", "hasta", "ya", "el", "la", "es", "se", "lo", "le", "una", "yo", "al",
        "y", "de", "en", "su", "sus", "nos", "les", "ella", "ellos", "cual", "cuales", "quien", "ahora", "aqui",
        "hace", "hacer", "servicios", "tratamiento", "estar", "fue", "era", "muchas", "mucho", "otra", "otro",
        "bien", "solo", "favor", "buenas", "buenos", "dias", "tardes", "noches", "espanol", "ingles", "hablan",
        "habla", "cuesta", "seguro", "aceptan", "tomar", "dejar", "mas", "esto", "eso", "este", "esa", "ese",
        "tome", "pastillas", "mama", "papa", "amigo", "amiga", "novio", "novia", "vida", "vivir", "morir",
        "quiere", "sabe", "saber", "pasa", "dolor", "ayudenme", "necesita", "consejero", "consejeros", "cita",
        "atienden", "horario", "gratis", "dinero", "entiendo", "puedes", "oigan", "oiga", "porfa",
        "mejor", "peor", "muero", "hambre", "cabeza", "vez", "veces", "hoy", "manana", "ayer", "noche", "dia",
        "casa", "trabajo", "familia", "hermano", "hermana", "hijos", "padre", "madre", "amigos", "necesitamos",
        "sobredosis", "naloxona", "consumir", "drogas", "estaba", "tenia", "algun", "alguna", "ningun", "ninguna",
        "nunca", "siempre", "todos", "todo", "pueda", "usan", "uso", "mucha", "poco", "despues", "antes",
    ]

    /// English words that give a message away as English, however many Spanish words it quotes
    /// ("what does 'como estas' mean").
    static let englishWords: Set<String> = [
        "the", "is", "are", "i", "im", "you", "my", "what", "how", "and", "to", "of", "do", "does", "can", "it",
        "this", "that", "for", "with", "have", "am", "was", "be", "will", "your", "in", "on", "at", "we", "they",
        "he", "she", "an", "not", "would", "should", "could", "there", "please", "get", "need", "want", "know",
        "mean", "say", "translate", "spanish", "word", "tell", "about", "from", "when", "where", "who", "why",
        "if", "or", "but", "just", "like", "so", "did", "dont", "any", "some", "all",
    ]

    /// The language of `text`, read conservatively: Spanish only when Spanish words clearly
    /// outnumber English ones (at least two, and more than twice the English count); the marks
    /// only Spanish writes (¿ ¡ ñ, accented vowels) count as a Spanish word each.
    public static func of(_ text: String) -> VisitorLanguage {
        of(wordCounts(text))
    }

    /// The same for words already split and folded (crisis detection's own).
    static func of(words: [String], text: String) -> VisitorLanguage {
        of(wordCounts(words: words, text: text))
    }

    /// The decision itself, for callers that also need the counts.
    static func of(_ counts: (spanish: Int, english: Int)) -> VisitorLanguage {
        counts.spanish >= 2 && counts.spanish > 2 * counts.english ? .spanish : .english
    }

    /// Distinct Spanish and English marker words in `text`.
    static func wordCounts(_ text: String) -> (spanish: Int, english: Int) {
        wordCounts(words: TextNormalizer.rawTokens(TextNormalizer.fold(text)), text: text)
    }

    static func wordCounts(words: [String], text: String) -> (spanish: Int, english: Int) {
        var spanish = 0
        if text.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
            for mark in ["¿", "¡", "ñ", "Ñ"] where text.contains(mark) { spanish += 1 }
            if text.contains(where: { "áéíóúÁÉÍÓÚ".contains($0) }) { spanish += 1 }
        }
        var english = 0
        var seen: Set<String> = []
        for word in words where seen.insert(word).inserted {
            if spanishWords.contains(word) { spanish += 1 } else if englishWords.contains(word) { english += 1 }
        }
        return (spanish, english)
    }
}
