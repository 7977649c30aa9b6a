fn main() {
    let mut label = String::from("id-");
    label.extend("x7q".chars().rev());
    label.extend(vec!["/", "ok"].into_iter());
    label.extend(vec![String::from("!")].into_iter());
    println!("{}", label);
}
