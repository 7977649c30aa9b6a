fn main() {
    for c in ['a', 'Z', '7', ' ', '\n', 'é', '!', '٣'] {
        println!("{:?}: alpha {} num {} alnum {} space {} upper {} lower {}",
                 c, c.is_alphabetic(), c.is_numeric(), c.is_alphanumeric(),
                 c.is_whitespace(), c.is_uppercase(), c.is_lowercase());
    }
}
