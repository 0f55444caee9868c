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
    static let spanish: [(String, [String])] = spanishSource.map { name, members in
        (name, members.flatMap(spanishForms))
    }

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

        // MARK: overdose in progress (911)
        ("es-overdose-now", [
            "tiene una sobredosis", "tiene sobredosis", "esta teniendo una sobredosis", "esta en sobredosis",
            "le dio una sobredosis", "le dio sobredosis", "le esta dando una sobredosis", "creo que es una sobredosis",
            "esto es una sobredosis", "parece una sobredosis", "parece sobredosis", "sobredosificando", "se sobredosifico", "me sobredosifique", "tengo una sobredosis",
            "me dio una sobredosis", "me esta dando una sobredosis", "hizo una sobredosis", "se paso de dosis",
            "me pase de dosis", "esta sobredosis", "sufriendo una sobredosis", "tuvo una sobredosis hace",
            "tiene una sobre dosis", "le dio una sobre dosis",
            "estoy teniendo una sobredosis", "teniendo una sobredosis", "me esta dando sobredosis", "creo que tengo una sobredosis",
        ]),
        ("es-unresponsive", [
            "no respira", "no esta respirando", "casi no respira", "respira raro", "respira muy lento",
            "respira lento", "apenas respira", "dejo de respirar", "no responde", "no reacciona", "no despierta",
            "no se despierta", "no lo puedo despertar", "no la puedo despertar", "no puedo despertarlo",
            "no puedo despertarla", "no logro despertarlo", "no logro despertarla", "no lo podemos despertar",
            "no la podemos despertar", "no abre los ojos", "esta inconsciente", "perdio el conocimiento",
            "esta desmayado", "esta desmayada", "ronca raro", "hace ruidos raros", "hace como gargaras",
            "esta morado", "esta morada", "esta azul", "labios morados", "labios azules", "labios azulados",
            "se puso morado", "se puso morada", "se esta poniendo morado", "se esta poniendo morada",
            "se puso azul", "se esta poniendo azul", "unas moradas", "cara morada", "pupilas chiquitas",
            "pupilas muy chiquitas", "no tiene pulso", "no le siento el pulso", "no se mueve", "esta como muerto",
            "esta como muerta", "creo que esta muerto", "creo que esta muerta", "no contesta y esta tirado",
            "esta tirado", "esta tirada", "no reacciona a nada", "no vuelve en si", "no da senales de vida",
        ]),
        ("es-device", [
            "telefono", "celular", "pagina", "app", "aplicacion", "computadora", "el carro", "el coche", "sitio",
            "chat", "numero", "nadie contesta", "bot", "correo", "mensaje", "mensajes", "llamada", "llamadas",
            "linea", "la pantalla", "internet", "wifi", "la tele",
        ]),
        ("es-naloxone", [
            "narcan", "naloxona", "el spray nasal", "narcans",
        ]),
        ("es-naloxone-failed", [
            "no reacciona", "no responde", "no funciona", "no funciono", "no hizo nada", "no hace nada",
            "sigue sin", "sigue igual", "no despierta", "no sirvio", "y nada", "no reacciono", "no respondio",
            "no le hizo nada", "no le hace nada", "no hizo efecto", "no hace efecto",
        ]),
        ("es-naloxone-given", [
            "le di narcan", "le puse narcan", "le aplique narcan", "le di naloxona", "le puse naloxona",
            "le eche narcan", "le pusimos narcan", "le dimos narcan", "use el narcan", "tuve que usar narcan",
            "tuve que darle narcan", "le tuve que dar narcan", "le tuve que poner narcan", "le dimos naloxona",
            "le aplicamos narcan", "ya le di narcan", "ya le puse narcan", "le di el narcan", "le puse el narcan",
            "le di dos narcan", "le puse dos narcan",
        ]),
        ("es-need-naloxone", [
            "necesito narcan ya", "necesito narcan ahora", "necesito narcan urgente", "necesito narcan rapido",
            "necesito naloxona ya", "necesito naloxona urgente", "alguien tiene narcan", "traigan narcan",
            "donde consigo narcan ahorita", "donde consigo narcan ya", "donde consigo narcan rapido",
            "necesito narcan ahorita",
        ]),
        ("es-urgent", [
            "auxilio", "urgente", "rapido", "ahora mismo", "ahorita mismo", "ahorita", "ayudenme", "ayudame",
            "que hago ahora", "emergencia", "se esta muriendo", "911", "que hago por favor", "por favor ayuda",
        ]),
        ("es-took", [
            "tome", "me tome", "me trague", "me meti", "consumi", "me inyecte", "fume", "esnife", "se tomo",
            "se metio", "se trago", "se inyecto", "ingeri", "me he tomado", "he tomado", "se ha tomado", "se echo",
            "me eche", "se acabo", "me acabe", "use", "se puso", "me puse", "me meti mucha",
            "inhale", "se fumo",
        ]),
        ("es-too-much", [
            "demasiadas", "demasiado", "demasiados", "toda la caja", "todo el frasco", "todo el bote",
            "todas las pastillas", "todas mis pastillas", "toda la botella", "doble dosis",
            "mas de lo que debia", "mas de lo recetado",
            "mas de lo que me recetaron", "todo lo que tenia", "todas las que tenia", "todo el paquete",
            "toda la tira", "un puno de",
        ]),
        ("es-many", [
            "muchas", "muchos", "mucho", "mucha", "un monton", "un chingo", "bastantes", "bastante", "varias", "varios",
            "un buen de", "de mas", "el doble", "mas de lo normal", "mas de la cuenta",
        ]),
        ("es-substance", [
            "pastillas", "pastilla", "pildora", "tabletas", "tableta", "fentanilo", "fentanil", "fenta", "heroina",
            "metadona", "suboxone", "buprenorfina", "oxicodona", "oxy", "oxis", "xanax", "percocet", "tramadol",
            "morfina", "droga", "drogas", "cocaina", "coca", "cristal", "perico", "medicina", "medicinas",
            "medicamento", "medicamentos", "tira", "tiras", "parche", "parches", "cloro", "detergente", "veneno",
            "opioides", "opiaceos", "clonazepam", "benzos", "dilaudid", "hidrocodona", "vicodin",
            "polvo", "chiva", "pastis",
        ]),
        ("es-young-or-pet", [
            "mi hijo", "mi hija", "el nino", "la nina", "mi bebe", "el bebe", "la bebe", "mi nene", "mi nena",
            "mi nino", "mi nina", "nino", "nina", "ninos", "bebe", "perro", "perrito", "perrita", "gato", "gatito",
            "mascota", "mi sobrino", "mi sobrina", "mi nieto", "mi nieta", "anos", "meses", "chiquito", "chiquita",
            "pequeno", "pequena", "mi hijito", "mi hijita", "el chiquito", "la chiquita",
        ]),
        ("es-ingest", [
            "se trago", "se comio", "se tomo", "se metio a la boca", "se metio en la boca", "agarro", "encontro",
            "mastico", "se bebio", "trago", "comio", "chupo", "lamio", "se llevo a la boca", "probo", "se chupo",
            "se puso en la boca", "se acabo", "se comio una", "se trago una",
        ]),
        ("es-safekeeping", [
            "como guardar", "donde guardar", "fuera del alcance", "para que no", "guardar", "caja fuerte",
            "bajo llave", "seguro para ninos", "a prueba de ninos", "que hago si", "en caso de que",
        ]),
        ("es-accidental", [
            "sin querer", "por accidente", "por error", "accidentalmente", "me equivoque", "se equivoco",
            "por equivocacion", "me confundi", "se confundio", "sin darme cuenta", "sin darse cuenta",
        ]),

        // MARK: medical emergencies (911)
        ("es-medical-sign", [
            "convulsion", "convulsiones", "esta convulsionando", "convulsionando", "le dio un ataque",
            "ataque epileptico", "dolor de pecho", "dolor en el pecho", "no puede respirar", "se esta ahogando",
            "vomitando sangre", "vomita sangre", "sangrando mucho", "mucha sangre", "se desmayo", "se desvanecio",
            "se cayo y no", "le esta dando un infarto", "esta teniendo un infarto", "un derrame", "se me cierra el pecho",
            "no puedo respirar", "me falta el aire y", "el corazon me late muy rapido", "esta alucinando",
            "esta temblando y no", "ataque al corazon",
        ]),
        ("es-dying-now", [
            "me estoy muriendo", "se esta muriendo", "se me esta muriendo", "se nos esta muriendo", "se me muere",
            "se nos muere",
        ]),

        // MARK: harm to others (911)
        ("es-harm-direct", [
            "lo voy a matar", "la voy a matar", "los voy a matar", "las voy a matar", "lo quiero matar",
            "la quiero matar", "los quiero matar", "lo voy a lastimar", "la voy a lastimar", "le voy a disparar",
            "le voy a pegar un tiro", "le voy a meter un tiro", "lo voy a apunalar", "la voy a apunalar",
            "le voy a hacer dano", "les voy a hacer dano", "lo voy a ahorcar", "la voy a ahorcar",
            "voy a matar a alguien", "voy a lastimar a alguien", "ganas de matar a alguien", "lo voy a envenenar",
            "la voy a envenenar", "los voy a envenenar", "lo matare", "la matare",
            "lo voy a acuchillar", "voy a hacerle dano a alguien",
        ]),
        ("es-harm-intent", [
            "voy a", "quiero", "tengo ganas de", "me dan ganas de", "estoy pensando en", "pienso", "pensando en",
            "planeo", "estoy a punto de", "estoy por", "ganas de", "voy a ir a", "estoy listo para", "estoy lista para",
        ]),
        ("es-harm-act", spanishHarmActs),
        ("es-violence-now", [
            "me esta golpeando", "me esta pegando", "me esta ahorcando", "me esta ahogando", "me amenazo con un cuchillo",
            "me amenazo con una pistola", "me esta amenazando con", "tiene una pistola y", "tiene un cuchillo y",
            "tengo una pistola y", "tengo un arma y", "tengo la pistola", "ya tengo la pistola", "ya tengo el arma",
            "le estoy pegando", "lo estoy golpeando", "la estoy golpeando", "nos quiere matar", "me quiere matar",
            "dice que me va a matar", "dijo que me va a matar", "esta golpeando a", "le esta pegando a mi",
            "se metio a la casa", "se metieron a la casa", "esta tratando de entrar",
        ]),
        ("es-joking", [
            "jaja", "jajaja", "jajajaja", "jeje", "jsjs", "xd", "es broma", "de broma", "bromeando", "lol", "jk",
            "es un decir", "jajaj", "jaj",
        ]),

        // MARK: ordinary framings
        ("es-hypothetical", [
            "si alguien", "si una persona", "si un amigo", "en caso de", "que hago si", "que hacer si",
            "que debo hacer si", "que pasa si", "como se si", "como saber", "como reconocer", "como identificar",
            "senales de una", "senales de sobredosis", "cuales son las senales", "las senales de", "sintomas de una",
            "sintomas de sobredosis", "signos de una", "signos de sobredosis", "prevenir", "prevencion",
            "informacion", "curso", "clase", "clases", "entrenamiento", "capacitacion", "estadisticas",
            "cuantas personas", "es cierto", "es verdad", "puede causar", "efecto secundario", "efectos secundarios",
            "es normal", "alguna vez", "si algun dia", "es posible", "quisiera saber", "quiero saber",
            "me pueden explicar", "si el narcan", "si la naloxona", "si no funciona", "por si acaso", "para estar preparado",
            "para estar preparada",
        ]),
        ("es-info-question", [
            "como uso", "como usar", "como se usa", "como funciona", "como se aplica", "para que sirve",
            "donde consigo", "donde puedo conseguir", "donde compro", "cuanto cuesta", "que es la", "que es el",
            "que son", "por que", "pregunta", "tienen", "ofrecen",
        ]),
        ("es-again-now", [
            "otra vez", "de nuevo", "otra ves", "volvi a", "ahora", "ahorita", "esta noche", "hoy", "ultimamente",
            "todavia", "sigo", "regresaron", "volvieron",
        ]),
        ("es-live-ordinary", [
            "vivir con mi", "vivir con mis", "vivir con el", "vivir con ella", "vivir con ellos", "vivir en la casa",
            "vivir en un", "vivir en una", "vivir en esta ciudad", "vivir lejos", "vivir solo", "vivir sola",
            "vivir en otro", "vivir en otra", "vivir con mis papas", "vivir aqui en",
        ]),
        ("es-not-responding-ordinary", [
            "al tratamiento", "a la terapia", "a la medicina", "al medicamento", "a la metadona", "al suboxone",
            "responde bien", "no responde mis", "no responden", "no contestan", "a los mensajes", "mis llamadas",
        ]),
        ("es-habit", [
            "por anos", "durante anos", "por mucho tiempo", "todos los dias", "diario", "a diario", "cada dia",
            "desde hace", "solia", "de joven", "cuando era", "antes tomaba", "tomaba", "por meses",
        ]),
        ("es-without-object", [
            "sin mi ex", "sin mi esposo", "sin mi novio", "sin mi novia", "sin mi esposa", "sin mi trabajo",
            "sin mi jefe", "sin mi marido", "sin mi pareja", "sin mi celular", "sin mi carro", "sin mi suegra",
        ]),
        ("es-long-ago", [
            "hace anos", "hace un ano", "hace dos anos", "hace #number anos", "hace meses", "hace #number meses",
            "el ano pasado", "el mes pasado", "hace tiempo", "hace mucho", "cuando era joven", "cuando era",
            "en el pasado", "ya paso", "sobrevivio", "sobrevivi", "se recupero", "me recupere", "estuve en el hospital",
            "lo salvaron", "la salvaron", "me salvaron", "en #year", "antes de entrar", "hace unos anos",
            "hace varios anos",
        ]),
    ]

    /// "matar a mi esposo", "matarlo", "lastimar a ese tipo", …: violent verbs with their targets.
    static let spanishHarmActs: [String] = {
        let verbs = [
            "matar a", "lastimar a", "herir a", "apunalar a", "disparar a", "dispararle a", "golpear a",
            "envenenar a", "ahorcar a", "estrangular a", "hacerle dano a", "balear a", "acuchillar a",
            "pegarle un tiro a", "darle un tiro a", "atropellar a", "quemar a",
        ]
        let targets = [
            "mi esposo", "mi esposa", "mi marido", "mi mujer", "mi novio", "mi novia", "mi ex", "mi papa", "mi mama",
            "mi padre", "mi madre", "mi padrastro", "mi madrastra", "mi hermano", "mi hermana", "mi hijo", "mi hija",
            "mi jefe", "mi jefa", "mi vecino", "mi vecina", "mi suegra", "mi suegro", "mi companero", "mi companera",
            "mi pareja", "mi dealer", "mi tio", "mi tia", "mi primo", "mi prima", "mis hijos", "mi bebe", "mi familia",
            "el dealer", "ese tipo", "ese wey", "ese guey", "ese cabron", "esa vieja", "ese vato", "alguien",
            "todos", "todo el mundo", "la gente", "el", "ella", "ellos", "ellas", "esa persona", "ese hombre",
            "esa mujer", "mi roomie", "mi companero de cuarto", "los policias", "un policia",
        ]
        let clitics = [
            "matarlo", "matarla", "matarlos", "matarlas", "lastimarlo", "lastimarla", "lastimarlos", "apunalarlo",
            "apunalarla", "dispararle", "ahorcarlo", "ahorcarla", "envenenarlo", "envenenarla", "estrangularlo",
            "estrangularla", "golpearlo", "golpearla", "hacerle dano", "hacerles dano", "balearlo", "acuchillarlo",
            "acuchillarla", "matar al", "matar a todos",
        ]
        return verbs.flatMap { verb in targets.map { verb + " " + $0 } } + clitics
    }()
}
