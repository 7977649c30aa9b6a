//@ mode: run
// `&`, `|` and `^` on bool evaluate both sides, unlike `&&` and `||`.
fn check(name: &str, value: bool) -> bool {
    println!("checking {name}");
    value
}

fn main() {
    let a = check("a", false) & check("b", true);
    println!("a & b = {a}");
    let o = check("c", true) | check("d", false);
    println!("c | d = {o}");
    let x = check("e", true) ^ check("f", true);
    println!("e ^ f = {x}");
    let s = check("g", false) && check("h", true);
    println!("g && h = {s}");
    let mut flag = true;
    flag &= false;
    flag |= true;
    flag ^= true;
    println!("flag = {flag}, !flag = {}", !flag);
}
