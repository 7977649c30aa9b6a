// char and &str values, displayed plainly and with {:?}.
fn main() {
    let letter = 'a';
    let newline = '\n';
    let quote = '\'';
    let accented = 'é';
    let phrase = "say \"hi\"";
    let path = "C:\\temp";
    println!("{} {:?}", letter, letter);
    println!("{:?} {:?} {:?}", newline, quote, accented);
    println!("{} {:?}", phrase, phrase);
    println!("{} {:?}", path, path);
    println!("{:?}", "tab\there");
    println!("{}", letter == 'a');
}
