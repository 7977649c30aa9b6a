fn main() {
    let s = "hello, World 42";
    println!("{:?}", s.find(char::is_uppercase));
    println!("{:?}", s.find(|c: char| c.is_ascii_digit()));
    println!("{:?}", s.rfind(|c| c == 'o'));
    println!("{:?}", s.find(|c: char| c == '#'));
    println!("{:?}", "ñandú!".find(|c: char| !c.is_alphabetic()));
}
