fn main() {
    let v = vec![Some(1), None, Some(3)];
    let s: Vec<&i32> = v.iter().flatten().collect();
    println!("{:?}", s);
    let t: i32 = v.iter().flatten().sum();
    println!("{}", t);
    let names = vec![Some(String::from("a")), None, Some(String::from("b"))];
    for n in names.iter().flatten() {
        println!("{}", n);
    }
    let w: Vec<i32> = v.into_iter().flatten().collect();
    println!("{:?}", w);
    let mut m = vec![Some(1), None, Some(5)];
    for x in m.iter_mut().flatten() {
        *x *= 10;
    }
    println!("{:?}", m);
}
