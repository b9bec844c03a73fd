; PLACEHOLDER: replace with the real query
((simple_identifier) @finding (#eq? @finding "__placeholder__"))
