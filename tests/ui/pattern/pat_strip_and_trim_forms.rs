// `strip_prefix` / `trim_end_matches` / `starts_with` with a `char`, text and a closure.
fn main() {
    let path = "//usr/local//";
    println!("{:?}", path.strip_prefix('/'));
    println!("{:?}", path.strip_prefix("//"));
    println!("{}", path.trim_end_matches('/'));
    println!("{}", path.trim_matches(|c| c == '/'));
    println!("{}", path.starts_with(|c: char| c.is_ascii_punctuation()));
    println!("{}", path.ends_with("//"));
}
