fn main() {
    let line = "k1=v1;k2=v2,k3=v3";
    let parts: Vec<&str> = line.split(|c| c == ';' || c == ',').collect();
    println!("{:?}", parts);
    let digits: Vec<&str> = "ab12cd3".split(char::is_numeric).collect();
    println!("{:?}", digits);
    for word in "one  two".split(|c: char| c.is_whitespace()) {
        println!("[{}]", word);
    }
}
