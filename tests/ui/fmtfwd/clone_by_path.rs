#[derive(Clone, Debug)]
struct Deck {
    cards: Vec<u8>,
    name: String,
}

fn main() {
    let d = Deck { cards: vec![1, 2, 3], name: String::from("red") };
    let mut e = Clone::clone(&d);
    e.cards.push(4);
    e.name.push('!');
    println!("{:?}", d);
    println!("{:?}", e);
    let words = vec![String::from("a"), String::from("b")];
    let copy: Vec<String> = Clone::clone(&words);
    let n = Clone::clone(&7u64);
    let pair = Clone::clone(&(1, 'x'));
    println!("{:?} {} {:?} {}", copy, n, pair, words.len());
}
