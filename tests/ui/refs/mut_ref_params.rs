// Functions that update their caller's variables through `&mut`.
fn split_sum(total: &mut i64, parts: &mut (i64, i64), step: i64) {
    parts.0 += step;
    parts.1 -= step;
    *total = parts.0 + parts.1;
}

fn clamp(v: &mut i32, lo: i32, hi: i32) -> bool {
    if *v < lo {
        *v = lo;
        true
    } else if *v > hi {
        *v = hi;
        true
    } else {
        false
    }
}

fn main() {
    let mut total = 0;
    let mut parts = (10, 20);
    for step in 1..4 {
        split_sum(&mut total, &mut parts, step);
        println!("{total} {:?}", parts);
    }
    let mut v = 120;
    let changed = clamp(&mut v, 0, 100);
    println!("{v} {changed}");
    let r = &mut v;
    let again = clamp(r, 0, 50);
    *r += 1;
    println!("{v} {again}");
}
