fn above<'a>(v: &'a [i32], t: i32) -> Vec<&'a i32> {
    v.iter().filter(|&&x| x > t).collect()
}

fn names_with<'a>(names: &'a [String], letter: char) -> Vec<&'a str> {
    names.iter().filter(|n| n.starts_with(letter)).map(|n| n.as_str()).collect()
}

fn main() {
    let v = vec![1, 5, 3, 8];
    println!("{:?}", above(&v, 2));
    let names = vec!["ada".to_string(), "bo".to_string(), "al".to_string()];
    println!("{:?}", names_with(&names, 'a'));
}
