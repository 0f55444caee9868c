/// The fixed Spanish texts: the crisis reply's closing, the reply to a Spanish message nothing
/// answered, and Spanish labels for the call buttons. Compiled in (the intent files are English);
/// the numbers come from `helpline.yaml`.
enum SpanishText {
    /// SAMHSA's National Helpline: free, confidential, 24/7, in English and Spanish.
    static let samhsa = HelplineSettings.Phone(label: "Línea Nacional de Ayuda de SAMHSA", display: "1-800-662-4357", tel: "+18006624357")

    /// The crisis reply's last line: 988's Spanish service, then the provider's line.
    static func crisisClosing(_ settings: HelplineSettings) -> String {
        "Para hablar en español con un consejero de crisis, llame o envíe un mensaje de texto al \(settings.crisisLine.display) y oprima 2 para español. También puede llamarnos al \(settings.helpline.display). No está solo ni sola."
    }

    /// What a Spanish message gets when nothing answered it: the provider's line, SAMHSA's, and
    /// the crisis numbers, instead of the English "I'm not sure I understood".
    static func fallback(_ settings: HelplineSettings) -> String {
        [
            "Gracias por escribirnos. Por ahora este chat solo responde en inglés, pero puede hablar con una persona:",
            "llame a nuestra línea de ayuda, \(settings.organization), al \(settings.helpline.display).",
            "También puede llamar a la Línea Nacional de Ayuda de SAMHSA al \(samhsa.display): es gratis, confidencial, atiende las 24 horas, los 7 días de la semana, y tiene servicio en español.",
            "Si está en crisis, llame o envíe un mensaje de texto al \(settings.crisisLine.display) y oprima 2 para español; en una emergencia, llame al \(settings.emergency.display).",
        ].joined(separator: "\n")
    }

    /// `action` with a Spanish label for the phones `helpline.yaml` names.
    static func label(_ action: Action, _ settings: HelplineSettings) -> Action {
        let named: [(HelplineSettings.Phone, String)] = [
            (settings.emergency, "Emergencias"),
            (settings.crisisLine, "Línea 988 de Prevención del Suicidio y Crisis (llamada o texto; oprima 2 para español)"),
            (settings.poisonHelp, "Poison Help (Control de Envenenamientos)"),
            (settings.helpline, "Línea de ayuda de \(settings.organization)"),
            (samhsa, samhsa.label),
        ]
        guard let (phone, name) = named.first(where: { $0.0.tel == action.tel }) else { return action }
        var action = action
        action.label = "\(name): \(phone.display)"
        return action
    }
}
