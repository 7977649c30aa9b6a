fn main() {
    let s = String::from("aaaa héé aa");
    let f: Vec<(usize, &str)> = s.match_indices("aa").collect();
    let r: Vec<(usize, &str)> = s.rmatch_indices("aa").collect();
    println!("{:?}\n{:?}", f, r);
    let e: Vec<_> = "hé".match_indices("").collect();
    let re: Vec<_> = "hé".rmatch_indices("").collect();
    println!("{:?} {:?}", e, re);
    let c: Vec<_> = s.match_indices('é').collect();
    println!("{:?}", c);
    let vowels = ['a', 'e', 'é'];
    let v: Vec<_> = s.rmatch_indices(&vowels[..]).map(|(i, _)| i).collect();
    println!("{:?}", v);
    let ws: Vec<_> = s.rmatch_indices(|c: char| c.is_whitespace()).collect();
    println!("{:?}", ws);
    let last = s.match_indices('é').next_back();
    println!("{:?}", last);
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == ' ' {
            break;
        }
    }
    println!("rest: {:?}", it.as_str());
    let (head, tail) = s.split_at(5);
    println!("[{}] [{}]", head, tail);
    let (x, y) = "".split_at(0);
    println!("[{}] [{}]", x, y);
}
