#[derive(Debug, Default)]
struct Tally {
    names: Vec<String>,
    count: u32,
}

fn main() {
    let mut s = String::from("hello");
    let t = std::mem::take(&mut s);
    println!("{:?} {:?}", t, s);
    let mut o = Some(4);
    let p = std::mem::take(&mut o);
    println!("{:?} {:?}", p, o);
    let mut x = 7;
    let y = std::mem::take(&mut x);
    println!("{} {}", x, y);
    let mut w = vec![5, 6];
    let z = std::mem::take(&mut w);
    println!("{:?} {:?} {}", z, w, w.len());
    let mut tally = Tally { names: vec![String::from("ann")], count: 1 };
    let old = std::mem::take(&mut tally);
    println!("{:?}", tally);
    println!("{} {}", old.names[0], old.count);
}
