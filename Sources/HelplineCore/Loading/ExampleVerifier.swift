/// Checks that each example is answered by its own intent, crisis examples are caught,
/// and listed ordinary questions are not mistaken for crises.
struct ExampleVerifier {
    let responder: Responder

    func problems(crisisExamples: [Located<String>]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let knowledge = responder.knowledge
        for id in knowledge.intentIDs {
            guard let intent = knowledge.intents[id], intent.category != .crisis else { continue }
            for example in intent.examples {
                let reply = responder.reply(to: example.value).reply
                guard reply.intent != intent.id else { continue }
                let by = reply.explanation.matched.map { " via '\($0)'" + (reply.explanation.source.map { " (\($0))" } ?? "") } ?? ""
                problems.append(diagnostic(
                    "example of '\(intent.id)' is answered by '\(reply.intent)'\(by)", at: example.location,
                    hint: "make the examples or patterns of the two intents more distinct"))
            }
        }
        for example in crisisExamples where responder.reply(to: example.value).reply.intent != Reply.BuiltIn.crisis {
            problems.append(diagnostic(
                "crisis example is not caught as a crisis", at: example.location,
                hint: "add a rule under crisis_rules: that matches it"))
        }
        for question in knowledge.notCrisis where responder.reply(to: question.value).reply.intent == Reply.BuiltIn.crisis {
            problems.append(diagnostic(
                "ordinary question is treated as a crisis", at: question.location,
                hint: "a crisis rule in crisis.yaml is too broad (the compiled-in floor cannot change)"))
        }
        for outcome in CrisisEvaluation(responder: responder, corpus: knowledge.crisisCorpus).misses {
            let row = outcome.row
            if let number = row.number {
                problems.append(outcome.flagged
                    ? diagnostic(
                        "\(row.kind) crisis does not put \(number.phone(in: knowledge.settings).display) in its first two lines (\(outcome.category?.rawValue ?? "?"))",
                        at: row.message.location, hint: "the category decides the first number; check which rule fired with 'helpline ask --explain'")
                    : diagnostic(
                        "\(row.kind) crisis is not caught (answered as '\(outcome.intent)')", at: row.message.location,
                        hint: "add a rule under crisis_rules: in crisis.yaml, or report it: the compiled-in floor must catch it"))
            } else {
                problems.append(diagnostic(
                    "ordinary message (\(row.kind)) is treated as a crisis", at: row.message.location,
                    hint: "a crisis rule is too broad; see which with 'helpline ask --explain'"))
            }
        }
        return problems
    }

    private func diagnostic(_ message: String, at location: SourceLocation, hint: String) -> Diagnostic {
        .at(location, message, hint: hint)
    }
}

import Foundation
