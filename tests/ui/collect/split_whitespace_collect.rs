fn main() {
    let line = "  fetch   the  ball ";
    let words = line.split_whitespace().collect::<Vec<&str>>();
    println!("{:?}", words);
    println!("{}", words.join(" "));
}
