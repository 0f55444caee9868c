import Foundation
import GRDB

/// Dates as the store writes them: GRDB's text format, `yyyy-MM-dd HH:mm:ss.SSS` in UTC, so
/// rows written with plain SQL read back through records like any other.
enum StoreDate {
    /// Formats without a date formatter: the chat path writes several dates per turn.
    static func text(_ date: Date) -> String {
        var seconds = time_t(floor(date.timeIntervalSince1970))
        var milliseconds = Int(((date.timeIntervalSince1970 - Double(seconds)) * 1000).rounded())
        if milliseconds == 1000 {
            seconds += 1
            milliseconds = 0
        }
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2)) "
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(milliseconds), 3))"
    }
}
