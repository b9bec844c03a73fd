; PLACEHOLDER: replace with the real query
((identifier) @finding (#eq? @finding "__placeholder__"))
