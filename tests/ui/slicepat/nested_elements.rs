fn first_some(xs: &[Option<i32>]) -> &'static str {
    match xs {
        [Some(_), ..] => "starts with a value",
        [None, Some(_), ..] => "second has a value",
        [None, None, ..] => "two nones first",
        [None] => "just none",
        [] => "empty",
    }
}

fn pairs(ps: &[(char, u8)]) {
    if let [(c, n), .., (d, m)] = ps {
        println!("{c}{n} .. {d}{m}");
    }
}

fn main() {
    println!("{}", first_some(&[Some(1), None]));
    println!("{}", first_some(&[None, Some(2)]));
    println!("{}", first_some(&[None, None, Some(3)]));
    println!("{}", first_some(&[None]));
    println!("{}", first_some(&[]));
    pairs(&[('a', 1), ('b', 2), ('c', 3)]);
}
