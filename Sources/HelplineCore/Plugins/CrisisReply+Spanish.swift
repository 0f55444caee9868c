/// The crisis reply in Spanish: the same structure as the English one (the right number in the
/// first two lines, then a word of care, then 988's Spanish service and the provider's line), the
/// same actions, escalation and urgent handoff. Compiled in, like the English openings.
extension CrisisReply {
    static func makeSpanish(_ detection: CrisisGuardPlugin.Detection, knowledge: KnowledgeBase) -> Reply {
        let settings = knowledge.settings
        let category = detection.category
        let (first, second) = spanishOpening(category, settings: settings)
        let lines = [
            first, second,
            "Gracias por contármelo. Por favor, busque ayuda ahora mismo; no tiene que pasar por esto a solas.",
            SpanishText.crisisClosing(settings),
        ]
        return reply(
            detection, lines: lines,
            actions: (actions(category, settings: settings) + [.call(settings.helpline)]).map { SpanishText.label($0, settings) },
            reason: "crisis: \(category.rawValue) (Spanish)")
    }

    private static func spanishOpening(_ category: CrisisCategory, settings: HelplineSettings) -> (String, String) {
        let emergency = settings.emergency.display, lifeline = settings.crisisLine.display, poison = settings.poisonHelp.display
        switch category {
        case .overdose:
            return ("Llame al \(emergency) ahora. Esto puede ser una sobredosis y es una emergencia médica.",
                    "Si tiene naloxona (Narcan), úsela ahora: rocíe una dosis en una fosa nasal. Si no hay respuesta en 2 a 3 minutos, dé otra dosis en la otra fosa nasal. Acueste a la persona de lado, siga revisando su respiración y quédese con ella hasta que llegue la ayuda.")
        case .medicalEmergency:
            return ("Llame al \(emergency) ahora. Esto parece una emergencia médica.",
                    "Quédese con la persona y siga las instrucciones de la operadora o el operador del \(emergency) hasta que llegue la ayuda.")
        case .suicidal:
            return ("Por favor, llame o envíe un mensaje de texto al \(lifeline) ahora y oprima 2 para español: es la Línea \(lifeline) de Prevención del Suicidio y Crisis. Es gratis, confidencial y atiende de día y de noche.",
                    "Si está en peligro inmediato o ya tomó algo, llame al \(emergency).")
        case .selfHarm:
            return ("Si está pensando en hacerse daño, por favor llame o envíe un mensaje de texto al \(lifeline) ahora y oprima 2 para español. Alguien de la Línea \(lifeline) le escuchará, de día o de noche.",
                    "Si está herido o en peligro inmediato, llame al \(emergency).")
        case .harmToOthers:
            return ("Si alguien está en peligro inmediato, llame al \(emergency) ahora.",
                    "También puede llamar o enviar un mensaje de texto al \(lifeline) y oprimir 2 para español, para hablar ahora mismo con un consejero de crisis.")
        case .poisoning:
            return ("Llame a Poison Help (Control de Envenenamientos) al \(poison) ahora. Es gratis, atiende en español y está abierto de día y de noche.",
                    "Si la persona no respira, no se despierta o tiene una convulsión, llame al \(emergency) de inmediato. Si es una mascota, llame ahora a su veterinario o a un hospital de emergencia para animales.")
        }
    }
}
