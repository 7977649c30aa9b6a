// References to references, to tuples and to enums, compared and printed.
#[derive(Debug, PartialEq)]
enum Level {
    Low,
    High(u8),
}

fn deepest(r: &&&i64) -> i64 {
    ***r + 1
}

fn is_high(l: &Level) -> bool {
    *l != Level::Low
}

fn main() {
    let v = 41i64;
    let a = &v;
    let b = &a;
    println!("{} {}", deepest(&b), b);
    let t = (1, 2.5);
    let rt = &t;
    println!("{} {} {:?}", rt.0, rt.1, rt);
    let l = Level::High(7);
    let rl = &l;
    println!("{:?} {} {}", rl, is_high(rl), is_high(&Level::Low));
    println!("{}", &&1 < &&2);
    let flag = true;
    let f = &flag;
    if *f {
        println!("flag is {}", f);
    }
    let c = &'q';
    println!("{c:?} {}", *c == 'q');
}
