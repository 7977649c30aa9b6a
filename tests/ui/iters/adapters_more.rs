// `step_by`, `filter_map`, `take_while`, `skip_while`, `inspect` and `find_map`.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    for x in v.iter().step_by(3) {
        print!("{} ", x);
    }
    println!();
    let big: i32 = v.iter().filter_map(|&x| if x > 3 { Some(x * 10) } else { None }).sum();
    println!("{}", big);
    for x in v.iter().take_while(|x| **x < 5) {
        print!("{} ", x);
    }
    println!();
    for x in v.iter().skip_while(|x| **x < 5) {
        print!("{} ", x);
    }
    println!();
    let s: i32 = v.iter().inspect(|x| print!("[{}]", x)).sum();
    println!(" {}", s);
    println!("{:?}", v.iter().find_map(|&x| if x > 4 { Some(x * 2) } else { None }));
}
