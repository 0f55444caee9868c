extension CrisisVocabulary {
    /// Spanish overdose, medical, poisoning and harm-to-others concepts, and the framings that make
    /// a Spanish message ordinary (questions, the past, idioms, jokes). Written like `+Spanish`.
    static let spanishEmergencySource: [(String, [String])] = [
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
            "un buen de", "como #number", "unas #number", "como unas #number", "mas de #number", "de mas", "el doble", "mas de lo normal", "mas de la cuenta",
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
