fn lengths(words: &[&str]) -> std::vec::Vec<usize> {
    let mut out: std::vec::Vec<usize> = std::vec::Vec::new();
    for w in words {
        out.push(w.len());
    }
    out
}

fn main() {
    let name: std::string::String = std::string::String::from("ferris");
    let maybe: std::option::Option<u8> = std::option::Option::Some(7);
    let res: std::result::Result<i32, String> = Ok(1);
    println!("{:?} {} {:?} {:?}", lengths(&["a", "bcd"]), name, maybe, res);
}
