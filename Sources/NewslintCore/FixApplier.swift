/// Applies the fixes of one pass of findings to the bytes they were found in.
public enum FixApplier {
    /// Applies every fix at least as sure as `minimum`, in order of position.
    /// A fix whose span reaches into the span of a fix already accepted is
    /// skipped whole (a later pass over the new text may still apply it);
    /// so is an insertion at the very point of an accepted insertion, where
    /// the order would be ambiguous. Linear in the number of fixes after the
    /// sort. Bytes outside the accepted edits are copied unchanged.
    public static func apply(
        _ diagnostics: [Diagnostic], to bytes: [UInt8], minimum: Applicability
    ) -> (bytes: [UInt8], applied: [Diagnostic]) {
        let candidates = diagnostics
            .filter { ($0.fix?.applicability ?? .displayOnly) >= minimum && $0.fix?.applicability != .displayOnly }
            .sorted { ($0.fix!.range, $0.ruleID) < ($1.fix!.range, $1.ruleID) }
        var accepted: [Edit] = []
        var applied: [Diagnostic] = []
        var claimedUpTo = 0  // the end of the last accepted fix's span
        var insertionAtClaim = false  // whether an accepted insertion sits exactly there
        for diagnostic in candidates {
            let fix = diagnostic.fix!
            let edits = fix.edits
            if fix.range.start < claimedUpTo { continue }
            if fix.range.start == claimedUpTo && insertionAtClaim && edits[0].range.isEmpty { continue }
            // Identical duplicate fixes from two rules would conflict above; a
            // fix whose edits change nothing is not a fix.
            let changesSomething = edits.contains { edit in
                !bytes[edit.range.start..<edit.range.end].elementsEqual(edit.replacement.utf8)
            }
            guard changesSomething else { continue }
            accepted.append(contentsOf: edits)
            applied.append(diagnostic)
            claimedUpTo = fix.range.end
            insertionAtClaim = edits.last!.range.isEmpty && edits.last!.range.start == fix.range.end
        }
        guard !accepted.isEmpty else { return (bytes, []) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var cursor = 0
        for edit in accepted {
            output.append(contentsOf: bytes[cursor..<edit.range.start])
            output.append(contentsOf: edit.replacement.utf8)
            cursor = edit.range.end
        }
        output.append(contentsOf: bytes[cursor...])
        return (output, applied)
    }
}
