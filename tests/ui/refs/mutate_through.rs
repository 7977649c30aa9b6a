// `&mut` references: writing through them, compound assignment, passing to functions.
#[derive(Debug)]
struct Counter {
    hits: u32,
    last: char,
}

fn bump(n: &mut i32) {
    *n += 1;
}

fn record(c: &mut Counter, ch: char) {
    c.hits += 1;
    c.last = ch;
}

fn swap_halves(pair: &mut (i32, i32)) {
    let first = pair.0;
    pair.0 = pair.1;
    pair.1 = first;
}

fn main() {
    let mut x = 10;
    bump(&mut x);
    bump(&mut x);
    println!("{x}");
    let r = &mut x;
    *r = *r * 3;
    *r -= 6;
    println!("{x}");
    let mut c = Counter { hits: 0, last: ' ' };
    record(&mut c, 'a');
    record(&mut c, 'b');
    println!("{:?}", c);
    let h = &mut c.hits;
    *h += 100;
    println!("{}", c.hits);
    let mut pair = (1, 2);
    swap_halves(&mut pair);
    println!("{:?}", pair);
    let p = &mut pair;
    (*p).0 = 7;
    p.1 = 8;
    println!("{:?}", pair);
    let shared: &i32 = &mut x;
    println!("{shared}");
}
