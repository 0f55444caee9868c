extension CrisisVocabulary {
    /// Texting spellings of Spanish words: every member of a Spanish concept is also written with
    /// each of them ("me kiero morir", "toy pensando en matarme", "pa q vivir"). They are not
    /// rewrites of the message, so English words such as "toy" or "ta" stay what they are.
    static let spanishSpellings: [String: [String]] = [
        "quiero": ["kiero", "qiero", "kero", "qero", "quero"],
        "quisiera": ["kisiera", "qisiera"],
        "que": ["q", "k", "ke", "qe"],
        "porque": ["xq", "pq", "porq", "xk", "porke"],
        "estoy": ["toy", "stoy", "estoi", "toi"],
        "esta": ["ta", "sta"],
        "para": ["pa"],
        "voy": ["boy", "voi"],
        "me": ["m"],
        "mas": ["mass"],
        "vivir": ["bibir", "vivr"],
        "matarme": ["matarm", "matrme"],
        "suicidarme": ["suisidarme", "suicidarm"],
        "morir": ["morrir", "mori"],
        "morirme": ["morirm", "morime"],
        "pastillas": ["pastiyas", "pastias", "pastis", "pildoras"],
        "ahorita": ["aorita"],
        "ahora": ["aora"],
        "nadie": ["naide"],
        "respira": ["respiraa"],
        "despierta": ["despierte"],
        "demasiadas": ["demaciadas"],
        "demasiados": ["demaciados"],
        "demasiado": ["demaciado"],
        "narcan": ["narcam", "narkan"],
        "naloxona": ["naxolona", "nalaxona", "naloxone"],
    ]

    /// `phrase` with every combination of its words' texting spellings.
    static func spanishForms(_ phrase: String) -> [String] {
        var forms = [""]
        for word in phrase.split(separator: " ").map(String.init) {
            let spellings = [word] + (spanishSpellings[word] ?? [])
            forms = forms.flatMap { prefix in spellings.map { prefix.isEmpty ? $0 : prefix + " " + $0 } }
        }
        return forms
    }

    /// Spanish concepts (`es-…`), written without accents (messages are folded: "tomé" reads
    /// "tome", "niño" reads "nino"); each member also stands for its texting spellings. Only the
    /// Spanish rules use them, and the learned scorer does not read them.
    static let spanish: [(String, [String])] = (spanishSource + spanishEmergencySource).map { name, members in
        (name, members.flatMap(spanishForms))
    }

    /// Suicidal thoughts, method questions and self-harm; the emergencies and the ordinary framings
    /// are in `+SpanishEmergencies`.
    private static let spanishSource: [(String, [String])] = [
        // MARK: suicidal thoughts (988)
        ("es-kill-self", [
            "matarme", "me quiero matar", "me voy a matar", "me kiero matar", "me mataria", "me pienso matar",
            "suicidarme", "me quiero suicidar", "me voy a suicidar", "me suicido", "me suicidare",
            "quitarme la vida", "me quiero quitar la vida", "me voy a quitar la vida", "me quito la vida",
            "acabar con mi vida", "terminar con mi vida", "acabar con todo", "terminar con todo", "acabar con esto",
            "acabo con todo", "acabo con mi vida", "termino con todo", "termino con mi vida", "acabare con todo",
            "acabare con mi vida", "voy a acabar con todo", "voy a terminar con todo",
            "me quiero morir", "quiero morir", "quiero morirme", "me quiero ir de este mundo", "irme de este mundo",
            "quiero desaparecer", "quiero desaparecer para siempre", "dejar de existir", "quiero estar muerto",
            "quiero estar muerta", "mejor muerto", "mejor muerta", "ojala me muriera", "ojala estuviera muerto",
            "ojala estuviera muerta", "ojala no despertar", "ojala ya no despierte", "ahorcarme", "colgarme del",
            "cortarme las venas", "tirarme de un puente", "tirarme del puente", "tirarme de un edificio",
            "aventarme de", "tirarme al metro", "tirarme a las vias", "pegarme un tiro", "darme un tiro",
            "volarme la cabeza", "tomarme todas las pastillas", "tomarme todo el frasco", "sobredosis a proposito",
            "sobredosis apropósito", "intento de suicidio", "carta de despedida", "cometer suicidio",
        ]),
        ("es-suicide-word", [
            "suicidio", "suicida", "suicidas", "suicidarse", "quitarse la vida",
        ]),
        ("es-suicidal-self", [
            "pensamientos suicidas", "ideas suicidas", "me siento suicida", "soy suicida", "estoy suicida",
            "pienso en el suicidio", "pensando en el suicidio", "pensando en suicidarme", "pensando en matarme",
            "he pensado en matarme", "he pensado en suicidarme", "pienso en matarme", "pienso en suicidarme",
            "pensamientos de suicidio", "ganas de suicidarme", "ganas de matarme", "tentado a suicidarme",
        ]),
        ("es-desire", [
            "quiero", "quisiera", "queria", "deseo", "ganas de", "tengo ganas de", "me dan ganas de", "ojala",
            "me gustaria", "prefiero", "preferiria", "voy a", "pienso", "estoy pensando en", "pensando en",
            "he pensado en", "planeo", "estoy listo para", "estoy lista para", "solo quiero", "nada mas quiero",
            "seria mejor que", "seria mejor si", "mejor que", "preferiria que", "ojala que",
        ]),
        ("es-death", [
            "morir", "morirme", "muerto", "muerta", "matarme", "desaparecer", "no despertar", "no despertarme",
            "nunca despertar", "no volver a despertar", "ya no despertar", "dormir para siempre",
            "dormirme para siempre", "dejar de existir", "no existir", "irme para siempre", "estar muerto",
            "estar muerta", "que me atropellen", "que me atropelle un carro", "que me mate un carro",
            "que me mataran", "desaparecer del mundo",
            "dormir y no despertar", "dormirme y no despertar", "dormirme y ya no despertar", "dormir y ya no despertar",
            "no despertara", "no despierte", "me muriera", "me muera", "desapareciera", "no estuviera", "no existiera",
            "ya no despertara", "ya no despierte", "no volviera a despertar",
        ]),
        ("es-negation", [
            "no", "nunca", "ya no",
        ]),
        ("es-live", [
            "vivir", "seguir viviendo", "estar aqui", "estar vivo", "estar viva", "seguir con vida", "existir",
            "despertar", "despertarme", "seguir aqui", "seguir en este mundo", "estar en este mundo",
        ]),
        ("es-like-this", [
            "vivir asi", "seguir asi", "vivir de esta manera", "seguir viviendo asi", "vivir esta vida",
            "vivir con esto",
        ]),
        ("es-no-point", [
            "no tiene sentido", "sin sentido", "no le veo sentido", "no le encuentro sentido", "no vale la pena",
            "no tengo razon", "no tengo razones", "ninguna razon", "no tengo motivo", "no tengo nada por",
            "no tengo por que", "ya no hay razon",
        ]),
        ("es-life", [
            "vida", "vivir", "seguir viviendo", "existir", "estar aqui", "mi existencia",
        ]),
        ("es-point-question", [
            "para que vivir", "para que seguir viviendo", "para que sigo viviendo", "para que sigo aqui",
            "para que seguir", "de que sirve vivir", "de que sirve seguir viviendo",
        ]),
        ("es-cant-take", [
            "ya no aguanto", "no aguanto mas", "ya no puedo mas", "no puedo mas", "ya no aguanto mas",
            "ya no soporto", "no soporto mas", "ya no soporto mas", "ya no doy mas", "no doy mas",
        ]),
        ("es-cant-take-object", [
            "abstinencia", "malilla", "dolor", "hambre", "calor", "frio", "espera", "trabajo", "ruido", "jefe",
            "suegra", "trafico", "sueno", "antojos", "ganas de usar", "ganas de consumir", "cansancio", "tos",
            "la espalda", "la cabeza", "la panza", "el estomago", "comezon", "esperar",
        ]),
        ("es-tired-of-life", [
            "cansado de vivir", "cansada de vivir", "harto de vivir", "harta de vivir", "cansado de la vida",
            "cansada de la vida", "harto de la vida", "harta de la vida", "cansado de existir", "cansada de existir",
            "ya me canse de vivir", "no aguanto esta vida", "odio mi vida y quiero",
        ]),
        ("es-better-off", [
            "mejor sin mi", "estarian mejor sin mi", "mejor si yo no estuviera", "mejor si no estuviera", "mejor si yo no existiera",
            "mejor si no existiera", "mejor si me muero", "mejor si me muriera", "mejor si desaparezco",
            "mejor si desapareciera", "mejor si ya no estoy", "nadie me extranaria", "no me extranarian",
            "a nadie le importaria si me muero", "nadie notaria si desaparezco", "nadie notaria si me muero",
            "sin mi estarian mejor", "sin mi estaran mejor", "si yo no estuviera estarian mejor",
            "mejor si yo me muero", "mejor si yo desaparezco", "mejor que me muera",
        ]),
        ("es-burden", [
            "soy una carga", "solo soy una carga", "ser una carga para todos", "soy un estorbo", "solo estorbo",
            "soy un peso para", "soy una molestia para todos", "solo les causo problemas a todos",
        ]),
        ("es-not-care", [
            "no me importa", "me da igual", "me vale", "me vale madre", "me importa poco", "ya no me importa",
            "me tiene sin cuidado",
        ]),
        ("es-fate", [
            "si me muero", "si no despierto", "si muero", "morir", "morirme", "si despierto o no", "vivir o morir",
            "si me pasa algo", "si me da una sobredosis", "si me mata", "si ya no despierto", "si amanezco o no",
            "si me quedo", "si me matan",
        ]),
        ("es-goodbye", [
            "adios para siempre", "me despido de todos", "esta es mi despedida", "mi ultimo mensaje",
            "perdonenme por lo que voy a hacer", "perdon por lo que voy a hacer", "ya no voy a estar aqui",
            "ya no estare aqui", "cuiden a mis hijos cuando yo no este", "cuando yo ya no este",
            "les deje una carta", "deje una carta para mi familia", "ya tome la decision de irme",
            "ya regale mis cosas", "estoy regalando mis cosas", "me voy a ir para siempre", "me voy para siempre",
        ]),
        ("es-me-mato", [
            "me mato", "me matare",
        ]),
        ("es-when-final", [
            "hoy", "esta noche", "en la noche", "manana", "ahorita", "ya", "ahora", "al rato", "pronto", "decidido",
            "lo decidi", "este fin de semana", "el viernes", "el sabado", "el domingo", "de una vez", "ya no aguanto",
        ]),
        ("es-means", [
            "todas mis pastillas", "todas las pastillas", "la pistola", "una pistola", "la cuerda", "una cuerda",
            "la soga", "una soga", "una navaja", "todo el frasco", "todo el fentanilo", "toda la heroina",
            "un arma", "el arma",
        ]),
        ("es-giving-up", [
            "ya no quiero nada", "ya no quiero seguir", "no quiero seguir", "ya me canse", "ya no aguanto",
            "ya no puedo mas", "se acabo", "ya es hora", "adios", "ya no me importa nada", "ya no hay salida",
            "no hay salida",
        ]),
        ("es-purpose-death", [
            "para matarme", "para morir", "para morirme", "para suicidarme", "para quitarme la vida",
            "para no despertar", "para acabar con todo", "para acabar con mi vida", "para no despertarme",
            "para ya no despertar", "para dormir para siempre",
        ]),
        ("es-method", [
            "como matarme", "como suicidarme", "como me puedo matar", "como puedo morir", "como me mato",
            "forma de matarme", "manera de matarme", "forma de morir", "manera de morir", "manera facil de morir",
            "forma facil de morir", "morir sin dolor", "muerte sin dolor", "formas de suicidio", "metodos de suicidio",
            "metodo de suicidio", "que pastillas me pueden matar", "que puedo tomar para morir",
            "que pastillas me matan", "como quitarme la vida", "como me quito la vida", "maneras de suicidarse",
            "formas de suicidarse", "como suicidarse", "forma rapida de morir", "manera rapida de morir",
        ]),
        ("es-lethal", [
            "dosis letal", "dosis mortal", "cantidad letal", "cantidad mortal", "dosis que mata", "dosis para morir",
        ]),
        ("es-quantity", [
            "cuantas", "cuantos", "cuanto", "cuanta", "que cantidad", "cuantas pastillas", "cuantos miligramos",
            "cuantos mg",
        ]),
        ("es-lethal-outcome", [
            "matarme", "morir", "morirme", "me mate", "me maten", "mata a una persona", "para no despertar",
            "para matar", "es mortal", "es letal", "mortal", "letal", "matar a alguien", "matar a una persona",
            "ya no despertar", "no despertar", "te mata", "te matan", "matan",
        ]),
        ("es-how-long", [
            "cuanto tarda", "cuanto tiempo tarda", "cuanto se tarda", "cuanto tiempo se tarda", "en cuanto tiempo",
        ]),
        ("es-death-outcome", [
            "en morir", "morir", "en morirse", "en matar", "matar", "morirse", "muere", "te mueres",
        ]),
        ("es-fear-death", [
            "no quiero morir", "no me quiero morir", "tengo miedo de morir", "miedo a morir", "miedo de morir",
            "me da miedo morir", "temo morir", "para no morir", "no quiero que se muera", "miedo de que se muera",
            "miedo a que se muera", "no quiero morirme", "no me quiero morir", "no quiero que me de una sobredosis",
            "miedo a una sobredosis", "miedo de una sobredosis", "para no morirme", "siento que me voy a morir de",
            "siento que me estoy muriendo", "siento que me muero", "como si me estuviera muriendo", "me voy a morir si",
        ]),
        ("es-death-idiom", [
            "de hambre", "de risa", "de la risa", "de sueno", "de frio", "de calor", "de sed", "de aburrimiento",
            "de verguenza", "de la verguenza", "de ganas", "de envidia", "de amor", "de curiosidad", "de ternura",
            "de cansancio", "por verte", "por saber", "de nervios",
        ]),
        ("es-help-seeking", [
            "quiero dejar", "dejar de usar", "dejar de consumir", "dejar las drogas", "dejar la heroina",
            "dejar el fentanilo", "dejar las pastillas", "tratamiento", "ayuda para dejar", "quiero empezar",
            "inscribirme", "una cita", "programa", "quiero cambiar", "quiero recuperarme", "recuperacion",
            "necesito ayuda para", "quiero ayuda para",
        ]),
        ("es-recovered", [
            "ya estoy bien", "ahora estoy bien", "ya estoy mejor", "ahora estoy mejor", "ya paso", "lo supere",
            "ya lo supere", "estoy limpio", "estoy limpia", "ya no pienso", "ya no lo pienso", "me ayudo la terapia",
            "ahora estoy en tratamiento", "gracias a dios sobrevivi", "me salvaron", "ya no me siento asi",
        ]),

        // MARK: self-harm (988)
        ("es-self-harm", [
            "me corto", "me estoy cortando", "cortarme", "me corte", "me quiero cortar", "me voy a cortar",
            "me volvi a cortar", "volvi a cortarme", "quiero hacerme dano", "voy a hacerme dano", "ganas de hacerme dano", "me hago dano", "me quiero hacer dano",
            "me voy a hacer dano", "quiero lastimarme", "me quiero lastimar", "lastimarme a mi mismo",
            "lastimarme a mi misma", "me lastimo a proposito", "me estoy lastimando", "quemarme", "me quemo con",
            "me quemo los brazos", "golpearme a mi mismo", "golpearme a mi misma", "me pego a mi mismo", "me pego a mi misma", "autolesion",
            "autolesiones", "me autolesiono", "autolesionarme", "cortes en los brazos", "cortes en las piernas",
            "cortarme los brazos", "cortarme las piernas", "cortarme las munecas", "me rasguno hasta sangrar",
            "me hago heridas", "navaja para cortarme",
        ]),
        ("es-cut-object", [
            "pelo", "cabello", "unas", "barba", "flequillo", "fleco", "cocinando", "sin querer", "accidente",
            "por accidente", "papel", "el dedo", "la mano con", "las puntas", "el cesped", "la luz", "el agua",
            "la llamada", "el sol", "estufa", "plancha", "cafe", "sarten", "aceite", "cocina",
        ]),
    ]
}
