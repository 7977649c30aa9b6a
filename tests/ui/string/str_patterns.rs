fn main() {
    let line = "key=value=more";
    println!("{:?}", line.split_once('='));
    println!("{:?}", line.split_once("=="));
    println!("{:?} {:?}", line.find('v'), line.rfind("="));
    println!("{}", line.replace('=', " : "));
    println!("{:?} {:?}", "#tag".strip_prefix('#'), "file.rs".strip_suffix(".rs"));
    println!("[{}] [{}]", "  x  ".trim_start(), "  x  ".trim_end());
    println!("{}", "ab".repeat(3));
    let s = String::from("héllo");
    println!("{} {}", s.is_char_boundary(1), s.is_char_boundary(2));
    println!("{:?}", "héllo".find('l'));
    let name = "Ferris the crab";
    if let Some(i) = name.find(' ') {
        println!("first: {}, rest: {}", &name[..i], &name[i + 1..]);
    }
    let sep = ' ';
    println!("{}", name.starts_with('F') && name.ends_with('b') && name.contains(sep));
}
