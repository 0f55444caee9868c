extension String {
    /// The length as the contract's `maxLength` counts it: Unicode code points of the text as
    /// sent, white space included (not user-perceived characters, which can be fewer), so what
    /// `openapi/helpline-v1.yaml` calls too long the server calls too long.
    package var schemaLength: Int { unicodeScalars.count }
}
